# Wrong: the simulation estimates P(positive | condition) instead of P(condition | positive).
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
        belief = posterior(belief, sensitivity, specificity, result)  # posterior -> prior
    return belief


def simulate_posterior(
    prior: float, sensitivity: float, specificity: float, n_people: int, seed: int
) -> float:
    rng = np.random.default_rng(seed)
    has_condition = rng.random(n_people) < prior
    detected = rng.random(n_people) < sensitivity
    false_alarm = rng.random(n_people) < 1 - specificity
    positive = np.where(has_condition, detected, false_alarm)
    return float(positive[has_condition].mean())  # P(positive | condition)
