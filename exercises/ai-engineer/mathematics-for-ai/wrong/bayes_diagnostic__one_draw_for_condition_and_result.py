# Wrong: the simulation reuses one random number per person for the condition and the result.
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
    draws = rng.random(n_people)  # one draw per person, reused for everything
    has_condition = draws < prior
    detected = draws < sensitivity
    false_alarm = draws < 1 - specificity
    positive = np.where(has_condition, detected, false_alarm)
    return float(has_condition[positive].mean())
