"""Names, support-ticket texts and review texts for the Harvest Crate data.

Everything here is drawn from a NumPy generator passed in by the caller, so the same seed
gives the same text. The ticket templates share words across categories on purpose (a late
box can also be missing an item, a billing question mentions the delivery), and a few words
of some tickets are mistyped, so a text classifier has real work to do.
"""

from __future__ import annotations

import unicodedata

import numpy as np

FIRST_NAMES = (
    "Anna Ben Clara David Elif Felix Greta Hugo Irene Jonas Katja Lars Lea Luca Maja Marek "
    "Marta Nils Noah Olga Paul Pia Rafael Sara Sofia Tomas Ulla Vera Wim Yara Zoe Ahmet "
    "Chloé Émile Jürgen Zoë Søren Łukasz Aoife Bram Dario Emma Finn Hanna Ivo Jana Kai "
    "Leon Mia Nora Oskar Petra Rosa Stefan Tess Ugo Viktor Wanda Xenia"
).split()
LAST_NAMES = (
    "Bauer, Berg, Costa, de Vries, Dubois, Eriksen, Fischer, García, Hansen, Horváth, "
    "Jansen, Kowalski, Larsen, Lindqvist, Meyer, Moreau, Müller, Nagy, Novak, Olsen, "
    "Peeters, Rossi, Schmidt, Silva, Svensson, Torres, van Dijk, Weber, Wójcik, Young, "
    "Zimmermann, Andersen, Bianchi, Conti, Fernández, Gruber, Huber, Ivanova, Jensen, "
    "Keller, Lambert, Marino, Nielsen, O'Brien, Pavlova, Quinn, Ricci, Santos, Tanaka, "
    "Urban, Virtanen, Walsh, Yilmaz, Ziegler"
).split(", ")

EMAIL_DOMAINS = ("example.com", "example.org", "example.net")

RECIPES = (
    "the lentil curry",
    "the salmon bowl",
    "the mushroom risotto",
    "the chicken tacos",
    "the veggie lasagne",
    "the beef stir fry",
    "the halloumi salad",
    "the tofu ramen",
    "the pumpkin soup",
    "the pesto pasta",
)
ITEMS = (
    "the spinach",
    "the chicken breast",
    "the spice sachet",
    "the feta",
    "the lemon",
    "the coconut milk",
    "the fresh herbs",
    "the tortillas",
    "the rice",
    "the sauce",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")

GREETINGS = ("", "", "Hi, ", "Hello, ", "Hi team, ", "Dear Harvest Crate, ", "hey ")
CLOSINGS = (
    "",
    "",
    " Thanks.",
    " Please help.",
    " Can someone look into this?",
    " Thanks in advance.",
    " Not happy.",
    " Please sort this out.",
)

TICKET_TEMPLATES: dict[str, tuple[str, ...]] = {
    "late_delivery": (
        "My box was supposed to arrive on {day} but it only came the next day.",
        "The delivery is late again, the box still has not arrived.",
        "Courier never showed up on {day}, where is my order?",
        "The box arrived very late in the evening and the ice packs had melted.",
        "Tracking says delivered but nothing is at my door.",
        "Second week in a row the delivery came a day late.",
        "My order did not arrive on {day}, the driver did not come.",
        "Box came two days late, food was warm when it arrived.",
        "Why is my delivery always late? I waited at home all {day}.",
    ),
    "missing_item": (
        "{item} was missing from my box this week.",
        "My box arrived without {item} for {recipe}.",
        "The delivery came but {item} was not in the bag.",
        "I could not find {item} in the box, so no {recipe} for us.",
        "Items missing: {item}. The rest of the order was fine.",
        "Opened the box and {item} for {recipe} is missing.",
        "Again something is missing, this time {item}.",
        "Half of {recipe} was not in the box, {item} was missing.",
    ),
    "billing": (
        "I was charged twice for this week's box.",
        "Why was I charged {amount} euro? I skipped this week.",
        "My payment failed but I updated my card, please charge again.",
        "The price on my invoice is higher than before, was I charged correctly?",
        "I got a refund for the late box but the amount is wrong.",
        "Please explain the charge of {amount} euro on my card.",
        "My card was declined, how do I pay for the order?",
        "I was billed for a box I never received.",
        "The new price is too high, I want my discount back.",
    ),
    "recipe_quality": (
        "{recipe} was bland and the portion was too small.",
        "The vegetables were not fresh, {item} was already soft.",
        "We did not like {recipe} at all, too salty.",
        "Recipe card for {recipe} had the wrong cooking times.",
        "The quality of the recipes has gone down, everything tastes the same.",
        "{item} had gone off when the box arrived.",
        "Portions are tiny for the price, {recipe} did not feed two people.",
        "The meat in {recipe} smelled bad, I threw it away.",
    ),
    "account": (
        "I cannot log in to the app, the password reset email never comes.",
        "How do I change my delivery address in my account?",
        "Please update my email address on my account.",
        "I want to change my plan from 2-person to 4-person.",
        "The app crashes when I try to swap a recipe.",
        "How can I pause my subscription for a few weeks?",
        "I want to delete my account and my data.",
        "I cannot change my delivery day in the app.",
    ),
}
CATEGORIES = tuple(TICKET_TEMPLATES)

# A second sentence from another topic: real tickets mix issues.
ASIDES = (
    " Also the delivery was late.",
    " The box came late too.",
    " Also {item} was missing.",
    " And I was charged {amount} euro for it.",
    " I want a refund for this box.",
    " The app did not let me report it.",
    " This is not what I pay for.",
    " If this happens again I will cancel.",
)

REVIEW_TITLES = {
    5: ("Love it", "Dinner sorted", "Best meal kit we tried", "Great recipes", "Five stars"),
    4: ("Very good", "Mostly great", "Good value", "Nice recipes", "Happy overall"),
    3: ("It's okay", "Mixed feelings", "Average", "Fine, not more", "Could be better"),
    2: ("Disappointed", "Not great", "Going downhill", "Too many problems", "Meh"),
    1: ("Terrible", "Avoid", "Cancelled", "Awful service", "Never again"),
}
REVIEW_SENTENCES = {
    "good": (
        "The recipes are easy to follow and the portions are generous.",
        "Everything arrives fresh and well packed.",
        "My kids actually eat vegetables now.",
        "Cooking takes about thirty minutes, which fits our evenings.",
        "Skipping a week in the app takes a few seconds.",
        "Lots of variety, we rarely get the same dish twice.",
    ),
    "mixed": (
        "Some recipes are great, others are forgettable.",
        "Delivery is usually on time, but not always.",
        "The app is fine but swapping recipes is clumsy.",
        "Good food, although the packaging is a lot of plastic.",
    ),
    "bad": (
        "The box arrived late more than once.",
        "Ingredients were missing and support took days to reply.",
        "The vegetables were not fresh.",
        "Cancelling was harder than it should be.",
    ),
    "price": (
        "The price went up and it is no longer worth it for us.",
        "Since the price rise it feels expensive for what you get.",
    ),
    "late": (
        "Since they changed couriers the boxes keep arriving a day late.",
        "The new delivery company is unreliable.",
    ),
}


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters of a name ('Chloé' -> 'chloe'), for e-mail addresses."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower() if c.isalpha())


def mistype(word: str, position: float, kind: int) -> str:
    """One typing slip at a relative position in the word.

    kind 0 swaps two neighbouring letters, 1 drops a letter, 2 doubles one. Words shorter
    than four letters, numbers and words with punctuation are left alone.
    """
    if len(word) < 4 or not word.isalpha():
        return word
    i = 1 + int(position * (len(word) - 2))
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == 1:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def _pick(options: tuple[str, ...], u: float) -> str:
    return options[int(u * len(options))]


def ticket_texts(categories: np.ndarray, rng: np.random.Generator) -> list[str]:
    """A free-text message for each ticket category given (the true topic of the ticket)."""
    k = len(categories)
    u = rng.random((k, 10))  # one column per random choice below
    amounts = ("24.95", "46.90", "49.90", "55.90", "79.90", "89.50")
    texts = []
    for i, category in enumerate(categories):
        text = _pick(TICKET_TEMPLATES[category], u[i, 0])
        if u[i, 1] < 0.3:
            text += _pick(ASIDES, u[i, 2])
        text = _pick(GREETINGS, u[i, 3]) + text + _pick(CLOSINGS, u[i, 4])
        text = text.format(
            day=_pick(DAYS, u[i, 5]),
            item=_pick(ITEMS, u[i, 6]),
            recipe=_pick(RECIPES, u[i, 7]),
            amount=_pick(amounts, u[i, 8]),
        )
        text = text[0].upper() + text[1:]
        if u[i, 9] < 0.35:  # a hurried writer: a few slips
            words = text.split(" ")
            slips = rng.random((len(words), 3))
            text = " ".join(
                mistype(w, s[1], int(s[2] * 3)) if s[0] < 0.12 else w
                for w, s in zip(words, slips, strict=True)
            )
        texts.append(text)
    lower = rng.random(k) < 0.15
    return [t.lower() if low else t for t, low in zip(texts, lower, strict=True)]


def review_text(stars: int, topics: list[str], rng: np.random.Generator) -> tuple[str, str]:
    """A review's title and body for a star rating and a list of extra topics."""
    titles = REVIEW_TITLES[stars]
    title = titles[int(rng.integers(len(titles)))]
    pool = "good" if stars >= 4 else "mixed" if stars == 3 else "bad"
    sentences = list(REVIEW_SENTENCES[pool])
    picks = rng.choice(len(sentences), size=2, replace=False)
    body = [sentences[int(i)] for i in picks]
    for topic in topics:
        options = REVIEW_SENTENCES[topic]
        body.insert(0, options[int(rng.integers(len(options)))])
    return title, " ".join(body)
