"""Exercise: tabular Q-learning on a corridor.

The environment is given: ``Corridor`` follows the Gymnasium interface (``reset`` and ``step``)
without needing Gymnasium. Write ``q_update`` and ``train``.

Check your work:  pytest exercises/ai-engineer/machine-learning/test_ml_q_learning.py
The book's page "The three types of learning" explains Q-learning.
"""

import numpy as np

LEFT, RIGHT = 0, 1


class Corridor:
    """A corridor of ``length`` cells. The agent starts in cell 0; the goal is the last cell.

    Actions: 0 moves left, 1 moves right (moving left in cell 0 stays in cell 0). Reaching the
    goal gives reward 1.0 and ends the episode (terminated); every other step gives 0.0. An
    episode that lasts ``max_steps`` steps without reaching the goal is cut off (truncated).
    """

    def __init__(self, length: int = 6, max_steps: int = 100):
        self.length, self.max_steps = length, max_steps
        self.n_states, self.n_actions = length, 2

    def reset(self) -> tuple[int, dict]:
        self.state, self.steps = 0, 0
        return self.state, {}

    def step(self, action: int) -> tuple[int, float, bool, bool, dict]:
        move = 1 if action == RIGHT else -1
        self.state = min(max(self.state + move, 0), self.length - 1)
        self.steps += 1
        terminated = self.state == self.length - 1
        truncated = not terminated and self.steps >= self.max_steps
        return self.state, 1.0 if terminated else 0.0, terminated, truncated, {}


def q_update(
    q: np.ndarray,
    state: int,
    action: int,
    reward: float,
    next_state: int,
    terminated: bool,
    alpha: float,
    gamma: float,
) -> float:
    """Apply one Q-learning update to the table q in place, and return the new q[state, action].

    The target is reward + gamma * (the largest value in row next_state of q), or the reward
    alone when the step terminated the episode (reached the goal, a terminal state). The entry
    moves a fraction alpha of the way from its old value towards the target.
    """
    raise NotImplementedError("write q_update")


def train(
    env: Corridor,
    episodes: int = 200,
    alpha: float = 0.5,
    gamma: float = 0.9,
    epsilon: float = 0.2,
    seed: int = 0,
) -> np.ndarray:
    """Train a Q-table of shape (env.n_states, env.n_actions), starting from zeros, and return it.

    Run ``episodes`` episodes. Each starts with ``env.reset()`` and ends when ``env.step``
    reports terminated or truncated. Choose actions epsilon-greedily with
    ``rng = np.random.default_rng(seed)``: with probability epsilon a random action, otherwise
    an action with the largest Q-value in the current state, breaking ties at random (with only
    argmax, an agent whose values are all zero always picks action 0 and never finds the goal).
    After every step, update the table with ``q_update``, passing it the ``terminated`` flag
    alone: a truncated step (the time limit ran out) did not reach a terminal state, so its
    target still includes gamma * max q[next_state], as Gymnasium's terminated/truncated
    distinction intends.
    """
    raise NotImplementedError("write train")
