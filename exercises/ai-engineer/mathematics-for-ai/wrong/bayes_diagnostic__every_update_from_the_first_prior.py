# Wrong: each result updates the original prior, not the belief left by the result before.
"""Wrong solution: Bayes' rule for a diagnostic test, checked by simulation."""

import numpy as np


def posterior(prior: float, sensitivity: float, specificity: float, positive: bool) -> float:
    # P(result | condition) and P(result | no condition) for the result that was observed.
    if positive:
        given_condition, given_none = sensitivity, 1 - specificity
    else:
        given_condition, given_none = 1 - sensitivity, specificity
    evidence = given_condition * prior + given_none * (1 - prior)
    return given_condition * prior / evidence


def posterior_after_results(
    prior: float, results: list[bool], sensitivity: float, specificity: float
) -> float:
    belief = prior
    for result in results:
        belief = posterior(prior, sensitivity, specificity, result)  # always the first prior
    return belief


def simulate_posterior(
    prior: float, sensitivity: float, specificity: float, n_people: int, seed: int
) -> float:
    rng = np.random.default_rng(seed)
    has_condition = rng.random(n_people) < prior
    detected = rng.random(n_people) < sensitivity
    false_alarm = rng.random(n_people) < 1 - specificity
    positive = np.where(has_condition, detected, false_alarm)
    return float(has_condition[positive].mean())
