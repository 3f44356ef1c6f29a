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
