"""Exercise: Bayes' rule for a diagnostic test, checked by simulation.

A condition has prevalence ``prior`` (the probability that a random person has it). A test
detects it with probability ``sensitivity`` when it is present, and gives a negative result with
probability ``specificity`` when it is absent. All three are floats between 0 and 1.

Write three functions:

- ``posterior(prior, sensitivity, specificity, positive)``: the probability that the person has
  the condition given one test result; ``positive`` is ``True`` for a positive result and
  ``False`` for a negative one. Use Bayes' rule.
- ``posterior_after_results(prior, results, sensitivity, specificity)``: the probability after
  a sequence of independent test results (a list of booleans, in order), each one updating the
  belief left by the one before. An empty list leaves the prior unchanged.
- ``simulate_posterior(prior, sensitivity, specificity, n_people, seed)``: estimate
  P(condition | positive) by simulation, without using Bayes' rule. Create
  ``np.random.default_rng(seed)``, give each of ``n_people`` people the condition with
  probability ``prior``, give each a test result with the probabilities above, and return the
  fraction of people with a positive result who have the condition, as a float.

Check your work:  pytest exercises/ai-engineer/mathematics-for-ai/test_bayes_diagnostic.py
The book's page "Probability: random variables, distributions and conditional
probability" shows the method.
"""

import numpy as np  # noqa: F401 (simulate_posterior needs it)


def posterior(prior: float, sensitivity: float, specificity: float, positive: bool) -> float:
    raise NotImplementedError("write posterior")


def posterior_after_results(
    prior: float, results: list[bool], sensitivity: float, specificity: float
) -> float:
    raise NotImplementedError("write posterior_after_results")


def simulate_posterior(
    prior: float, sensitivity: float, specificity: float, n_people: int, seed: int
) -> float:
    raise NotImplementedError("write simulate_posterior")
