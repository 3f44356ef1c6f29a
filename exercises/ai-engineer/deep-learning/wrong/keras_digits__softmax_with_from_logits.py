# Wrong: ends in a softmax and also tells the loss from_logits=True, so it applies softmax twice.
"""A wrong solution (the first line names its mistake): Keras on the digits."""

import os

os.environ["KERAS_BACKEND"] = "torch"  # before the first import of Keras

import keras  # noqa: E402
import numpy as np  # noqa: E402


def build_model() -> keras.Model:
    """Return a new, compiled Sequential classifier: 64 inputs, 32 ReLU units, 10 softmax."""
    model = keras.Sequential(
        [
            keras.Input(shape=(64,)),
            keras.layers.Dense(32, activation="relu"),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.01),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        metrics=["accuracy"],
    )
    return model


def train_and_evaluate(
    X_train: np.ndarray,
    y_train: np.ndarray,
    X_test: np.ndarray,
    y_test: np.ndarray,
    seed: int = 0,
    max_epochs: int = 100,
) -> tuple[keras.Model, keras.callbacks.History, float]:
    """Fit with a validation split and early stopping; measure on the test set at the end."""
    keras.utils.set_random_seed(seed)
    model = build_model()
    stop = keras.callbacks.EarlyStopping(monitor="val_loss", patience=3, restore_best_weights=True)
    history = model.fit(
        X_train,
        y_train,
        epochs=max_epochs,
        batch_size=128,
        validation_split=0.2,  # validation rows come from the training data
        verbose=0,
        callbacks=[stop],
    )
    probabilities = model.predict(X_test, verbose=0)
    accuracy = float((probabilities.argmax(axis=1) == y_test).mean())
    return model, history, accuracy
