# Wrong: train passes terminated or truncated to q_update, so a time-out drops gamma * max q[next].
"""Wrong solution: tabular Q-learning on a corridor."""

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
    """Apply one Q-learning update to the table q in place, and return the new q[state, action]."""
    target = reward if terminated else reward + gamma * q[next_state].max()
    q[state, action] += alpha * (target - q[state, action])
    return float(q[state, action])


def train(
    env: Corridor,
    episodes: int = 200,
    alpha: float = 0.5,
    gamma: float = 0.9,
    epsilon: float = 0.2,
    seed: int = 0,
) -> np.ndarray:
    """Train a Q-table of shape (env.n_states, env.n_actions), starting from zeros."""
    rng = np.random.default_rng(seed)
    q = np.zeros((env.n_states, env.n_actions))
    for _ in range(episodes):
        state, _ = env.reset()
        done = False
        while not done:
            if rng.random() < epsilon:
                action = int(rng.integers(env.n_actions))
            else:
                best = np.flatnonzero(q[state] == q[state].max())
                action = int(rng.choice(best))
            next_state, reward, terminated, truncated, _ = env.step(action)
            done = terminated or truncated
            q_update(q, state, action, reward, next_state, done, alpha, gamma)  # time-outs too
            state = next_state
    return q
