"""Exercise: build, compile and fit a Keras model on the digits, with early stopping.

Write ``build_model`` and ``train_and_evaluate`` with Keras 3 on the PyTorch backend. The tests
watch every call your code makes to ``fit``, so they know what it trained on.

Check your work:  pytest exercises/ai-engineer/deep-learning/test_keras_digits.py
The book's page "Keras and TensorFlow" shows every piece you need.
"""

import os

os.environ["KERAS_BACKEND"] = "torch"  # before the first import of Keras

import keras  # noqa: E402
import numpy as np  # noqa: E402


def build_model() -> keras.Model:
    """Return a new, compiled ``keras.Sequential`` classifier for 8x8 digits.

    - Layers, in order: ``keras.Input(shape=(64,))``, ``Dense(32, activation="relu")`` and
      ``Dense(10, activation="softmax")``: the model outputs one probability per digit.
    - Compile it with ``keras.optimizers.Adam(learning_rate=0.01)``, the cross-entropy loss
      for integer labels that matches those outputs (``SparseCategoricalCrossentropy``; think
      about its ``from_logits`` setting), and ``metrics=["accuracy"]``.
    """
    raise NotImplementedError("write build_model")


def train_and_evaluate(
    X_train: np.ndarray,
    y_train: np.ndarray,
    X_test: np.ndarray,
    y_test: np.ndarray,
    seed: int = 0,
    max_epochs: int = 100,
) -> tuple[keras.Model, keras.callbacks.History, float]:
    """Train a model from build_model on the training data; return (model, history, accuracy).

    - First call ``keras.utils.set_random_seed(seed)``, then build the model.
    - Call ``fit`` once, on ``X_train`` and ``y_train`` only, with ``epochs=max_epochs``,
      ``batch_size=128``, ``validation_split=0.2`` (Keras holds back the last 20% of the rows
      to validate on after every epoch), ``verbose=0``, and one callback:
      ``keras.callbacks.EarlyStopping(monitor="val_loss", patience=3, ...)`` set so that the
      model ends with the weights of its best epoch, not of its last one.
    - The test set plays no part in training, in choosing the epoch or in stopping: use it
      only afterwards, to measure.
    - Return the trained model, the ``History`` that ``fit`` returned, and the accuracy on the
      test set as a Python float (the share of test rows whose most probable digit is the
      label).
    """
    raise NotImplementedError("write train_and_evaluate")
