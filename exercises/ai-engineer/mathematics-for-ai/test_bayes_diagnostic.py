"""Tests for the Bayes' rule exercise (bayes_diagnostic.py)."""

import pytest


@pytest.fixture
def bayes(exercise):
    return exercise("bayes_diagnostic")


def test_positive_result_for_a_rare_condition(bayes):
    # 0.95 * 0.01 / (0.95 * 0.01 + 0.05 * 0.99)
    assert bayes.posterior(0.01, 0.95, 0.95, True) == pytest.approx(0.0095 / 0.059), (
        "after a positive result: P(positive | sick) = sensitivity, "
        "P(positive | healthy) = 1 - specificity"
    )


def test_negative_result(bayes):
    # (1 - 0.9) * 0.2 / ((1 - 0.9) * 0.2 + 0.8 * (1 - 0.2)): a negative result is weighed by
    # 1 - sensitivity for the sick and by the specificity for the healthy
    assert bayes.posterior(0.2, 0.9, 0.8, False) == pytest.approx(0.02 / 0.66), (
        "after a negative result: P(negative | sick) = 1 - sensitivity, "
        "P(negative | healthy) = specificity"
    )


def test_edge_cases(bayes):
    assert bayes.posterior(0.0, 0.9, 0.9, True) == pytest.approx(0.0), "no prior, no posterior"
    assert bayes.posterior(0.3, 0.8, 1.0, True) == pytest.approx(1.0), (
        "with perfect specificity a positive result is never a false alarm"
    )
    assert bayes.posterior(0.3, 0.5, 0.5, True) == pytest.approx(0.3), (
        "a test that is right half the time carries no information"
    )


def test_sequential_updates(bayes):
    two_positives = bayes.posterior_after_results(0.01, [True, True], 0.95, 0.95)
    closed_form = 0.95**2 * 0.01 / (0.95**2 * 0.01 + 0.05**2 * 0.99)
    assert two_positives == pytest.approx(closed_form), "use each posterior as the next prior"
    mixed = bayes.posterior_after_results(0.01, [True, False], 0.95, 0.95)
    assert mixed == pytest.approx(0.01), "one positive and one negative cancel for this test"
    assert bayes.posterior_after_results(0.2, [], 0.9, 0.9) == pytest.approx(0.2)


def test_simulation_agrees_with_bayes_rule(bayes):
    for prior, sensitivity, specificity in [(0.01, 0.95, 0.95), (0.2, 0.7, 0.9)]:
        exact = bayes.posterior(prior, sensitivity, specificity, True)
        simulated = bayes.simulate_posterior(prior, sensitivity, specificity, 400_000, seed=1)
        assert simulated == pytest.approx(exact, abs=0.01), (
            f"simulated {simulated:.4f}, Bayes' rule {exact:.4f}"
        )


def test_simulation_is_reproducible_and_random(bayes):
    first = bayes.simulate_posterior(0.05, 0.9, 0.9, 50_000, seed=3)
    again = bayes.simulate_posterior(0.05, 0.9, 0.9, 50_000, seed=3)
    other = bayes.simulate_posterior(0.05, 0.9, 0.9, 50_000, seed=4)
    assert first == again, "the same seed must give the same estimate"
    assert first != other, "draw the people at random from np.random.default_rng(seed)"
