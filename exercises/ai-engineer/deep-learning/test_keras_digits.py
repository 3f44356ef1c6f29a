"""Tests for the Keras exercise (keras_digits.py): the model, its loss, what fit saw, the result.

Your code is trained once, on the first test, and every test then reads that one run.
"""

import inspect
import math
import os

os.environ["KERAS_BACKEND"] = "torch"  # before the first import of Keras

import keras  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
import torch  # noqa: E402
from keras.src.utils import module_utils  # noqa: E402
from sklearn.datasets import load_digits  # noqa: E402
from sklearn.model_selection import train_test_split  # noqa: E402

torch.set_num_threads(1)  # a tiny model trains fastest on one thread
# keras.utils.set_random_seed also seeds TensorFlow whenever it can import it, and importing
# TensorFlow takes several seconds. Nothing here uses TensorFlow, so tell Keras it is absent
# (a private flag: if a later Keras renames it, the tests only become slower).
module_utils.tensorflow._available = False

DIGITS = load_digits()
X_TRAIN, X_TEST, Y_TRAIN, Y_TEST = train_test_split(
    (DIGITS.data / 16.0).astype("float32"),
    DIGITS.target,
    test_size=0.25,
    random_state=0,
    stratify=DIGITS.target,
)
MAX_EPOCHS = 100
# Keras's validation_split keeps the last rows, after floor((1 - split) * n) training rows.
SPLIT_AT = math.floor(len(X_TRAIN) * (1 - 0.2))
X_VAL, Y_VAL = X_TRAIN[SPLIT_AT:], Y_TRAIN[SPLIT_AT:]
FIT_SIGNATURE = inspect.signature(keras.Model.fit)

_RUN = {}  # one training run per pytest process, shared by the tests

# Keras's own conversions of torch tensors raise this warning inside Keras, at every step.
pytestmark = pytest.mark.filterwarnings(
    "ignore:__array__ implementation doesn't accept a copy keyword:DeprecationWarning"
)


def trained(exercise):
    """(model, history, accuracy, fit_calls) from one call of train_and_evaluate."""
    if "result" not in _RUN:
        mod = exercise("keras_digits")
        calls = []
        original_fit = keras.Model.fit

        def watched_fit(self, *args, **kwargs):
            bound = FIT_SIGNATURE.bind(self, *args, **kwargs)
            bound.apply_defaults()
            calls.append(bound.arguments)
            return original_fit(self, *args, **kwargs)

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(keras.Model, "fit", watched_fit)
            model, history, accuracy = mod.train_and_evaluate(
                X_TRAIN, Y_TRAIN, X_TEST, Y_TEST, seed=0, max_epochs=MAX_EPOCHS
            )
        _RUN["result"] = (model, history, accuracy, calls)
    return _RUN["result"]


def the_fit_call(calls):
    assert len(calls) == 1, f"call fit exactly once, not {len(calls)} times"
    return calls[0]


def cross_entropy(probabilities, labels):
    return float(-np.log(probabilities[np.arange(len(labels)), labels]).mean())


def test_architecture(exercise):
    model = exercise("keras_digits").build_model()
    assert isinstance(model, keras.Sequential), "build a keras.Sequential model"
    dense = [layer for layer in model.layers if isinstance(layer, keras.layers.Dense)]
    assert [layer.units for layer in dense] == [32, 10], "two Dense layers: 32, then 10 units"
    activations = [layer.get_config()["activation"] for layer in dense]
    assert activations == ["relu", "softmax"], "ReLU in the hidden layer, softmax at the end"
    assert model.count_params() == 64 * 32 + 32 + 32 * 10 + 10, "the input has 64 features"
    assert model.optimizer is not None, "compile the model in build_model"
    assert float(model.optimizer.learning_rate) == pytest.approx(0.01)


def test_the_loss_matches_the_softmax_output(exercise):
    model = exercise("keras_digits").build_model()
    loss = keras.losses.get(model.loss)
    probabilities = np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]], dtype="float32")
    labels = np.array([0, 2])
    value = float(loss(labels, probabilities))
    assert value == pytest.approx(cross_entropy(probabilities, labels), rel=1e-4), (
        f"your loss gives {value:.3f} for these probabilities, their cross-entropy is "
        f"{cross_entropy(probabilities, labels):.3f}: a softmax output is not logits, so "
        "from_logits must be False"
    )


def test_fit_sees_only_the_training_data(exercise):
    *_, calls = trained(exercise)
    arguments = the_fit_call(calls)
    assert np.shape(arguments["x"]) == X_TRAIN.shape and np.array_equal(
        np.asarray(arguments["x"]), X_TRAIN
    ), "fit on X_train, exactly as given"
    assert arguments["validation_data"] is None, (
        "do not pass validation_data: with the test set there, the test set chooses the "
        "epoch and stops to be unseen; validation_split=0.2 holds back training rows instead"
    )
    assert arguments["validation_split"] == pytest.approx(0.2)
    assert arguments["batch_size"] == 128
    assert arguments["epochs"] == MAX_EPOCHS


def test_early_stopping_watches_the_validation_loss(exercise):
    *_, calls = trained(exercise)
    callbacks = the_fit_call(calls)["callbacks"] or []
    stops = [c for c in callbacks if isinstance(c, keras.callbacks.EarlyStopping)]
    assert len(stops) == 1, "pass one keras.callbacks.EarlyStopping in callbacks"
    assert stops[0].monitor == "val_loss"
    assert stops[0].patience == 3
    assert stops[0].restore_best_weights, (
        "without restore_best_weights=True the model keeps the weights of the last epoch, "
        "which are patience epochs worse than the best"
    )


def test_training_stopped_early(exercise):
    _, history, _, _ = trained(exercise)
    assert isinstance(history, keras.callbacks.History), "return what fit returned"
    epochs = len(history.history["val_loss"])
    assert epochs < MAX_EPOCHS, f"training ran all {MAX_EPOCHS} epochs: early stopping did not act"


def test_the_model_has_the_weights_of_its_best_epoch(exercise):
    model, history, _, _ = trained(exercise)
    best = min(history.history["val_loss"])
    now = cross_entropy(model.predict(X_VAL, verbose=0), Y_VAL)
    assert now == pytest.approx(best, abs=1e-5), (
        f"the returned model's validation loss is {now:.5f}, the best epoch's was {best:.5f}: "
        "restore the best weights when training stops"
    )


def test_test_accuracy(exercise):
    model, _, accuracy, _ = trained(exercise)
    assert isinstance(accuracy, float), "return the test accuracy as a Python float"
    measured = float((model.predict(X_TEST, verbose=0).argmax(axis=1) == Y_TEST).mean())
    assert accuracy == pytest.approx(measured), "the accuracy of the returned model on X_test"
    assert accuracy >= 0.94, f"test accuracy {accuracy:.3f}, expected at least 0.94"
