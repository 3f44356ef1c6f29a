"""Tests for the tabular Q-learning exercise (ml_q_learning.py)."""

import numpy as np
import pytest


@pytest.fixture
def ql(exercise):
    return exercise("ml_q_learning")


def test_update_moves_a_fraction_alpha_towards_the_target(ql):
    q = np.zeros((3, 2))
    q[2] = [0.5, 2.0]
    new = ql.q_update(q, 0, 1, 1.0, 2, False, alpha=0.5, gamma=0.9)
    # target = 1.0 + 0.9 * max(0.5, 2.0) = 2.8; 0 + 0.5 * (2.8 - 0) = 1.4
    assert new == pytest.approx(1.4)
    assert q[0, 1] == pytest.approx(1.4), "update the table in place"
    assert q[0, 0] == 0 and q[2].tolist() == [0.5, 2.0], "change only q[state, action]"


def test_update_from_a_nonzero_value(ql):
    q = np.array([[1.0, 3.0], [4.0, -1.0]])
    new = ql.q_update(q, 0, 0, -1.0, 1, False, alpha=0.1, gamma=0.5)
    # target = -1 + 0.5 * 4 = 1.0, already the old value: nothing moves.
    assert new == pytest.approx(1.0)
    # target = 0 + 0.5 * 4 = 2.0; 3.0 + 0.1 * (2.0 - 3.0) = 2.9
    new = ql.q_update(q, 0, 1, 0.0, 1, False, alpha=0.1, gamma=0.5)
    assert new == pytest.approx(3.0 + 0.1 * (2.0 - 3.0))


def test_a_terminal_step_ignores_the_next_state(ql):
    q = np.zeros((2, 2))
    q[1] = [10.0, 10.0]
    new = ql.q_update(q, 0, 1, 1.0, 1, True, alpha=0.5, gamma=0.9)
    assert new == pytest.approx(0.5), "at the end of an episode the target is the reward alone"


def test_trained_agent_walks_right_from_every_cell(ql):
    env = ql.Corridor(length=6)
    q = np.asarray(ql.train(env, episodes=200, seed=0))
    assert q.shape == (6, 2)
    policy = q[:-1].argmax(axis=1)
    assert policy.tolist() == [1] * 5, f"greedy actions per cell: {policy.tolist()} (1 = right)"


def test_values_converge_to_discounted_reward(ql):
    env = ql.Corridor(length=6)
    q = np.asarray(ql.train(env, episodes=300, alpha=0.5, gamma=0.9, seed=1))
    # Moving right from cell s reaches the goal (reward 1) after 5 - s steps.
    expected = [0.9 ** (4 - s) for s in range(5)]
    np.testing.assert_allclose(q[:5, 1], expected, atol=0.02)


def test_training_uses_the_environment_it_gets(ql):
    env = ql.Corridor(length=9, max_steps=200)
    q = np.asarray(ql.train(env, episodes=300, seed=2))
    assert q.shape == (9, 2)
    assert q[:-1].argmax(axis=1).tolist() == [1] * 8


def test_a_time_out_is_not_the_end_of_the_corridor(ql):
    # With max_steps=5 only five moves right in a row reach the goal: every other episode is
    # cut off by the time limit (truncated). A time-out is not a state of the corridor, so the
    # values are still those of the corridor, where the agent could have walked on.
    env = ql.Corridor(length=6, max_steps=5)
    q = np.asarray(ql.train(env, episodes=500, alpha=0.5, gamma=0.9, seed=0))
    right = [0.9 ** (4 - s) for s in range(5)]  # 5 - s steps to the goal
    left = [0.9 * right[max(s - 1, 0)] for s in range(5)]  # one step back first
    np.testing.assert_allclose(
        q[:5],
        np.column_stack([left, right]),
        atol=0.02,
        err_msg="after a time-out (truncated, not terminated) the target is still reward + "
        "gamma * max q[next_state]: pass q_update the terminated flag alone, and end the "
        "episode on terminated or truncated",
    )


def test_every_episode_stops_at_the_goal_or_at_the_time_limit(ql):
    class Watched(ql.Corridor):
        """A Corridor that counts episodes and the steps taken after an episode ended."""

        def __init__(self, **settings):
            super().__init__(**settings)
            self.episodes, self.steps_after_the_end, self.ended = 0, 0, False

        def reset(self):
            self.episodes, self.ended = self.episodes + 1, False
            return super().reset()

        def step(self, action):
            self.steps_after_the_end += self.ended
            result = super().step(action)
            self.ended = result[2] or result[3]  # terminated or truncated
            return result

    env = Watched(length=6, max_steps=5)
    ql.train(env, episodes=50, seed=0)
    assert env.episodes == 50, "start every episode, and only an episode, with env.reset()"
    assert env.steps_after_the_end == 0, (
        f"{env.steps_after_the_end} steps were taken after step reported terminated or "
        "truncated: an episode ends at either, and the next one starts with env.reset()"
    )
