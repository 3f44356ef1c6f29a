# Wrong: it looks for a colon anywhere in the image, so a registry port passes as a tag.
"""Wrong solution: the review checks for a Dockerfile that a linter leaves to people."""

import re

SECRET = re.compile(r"KEY|TOKEN|PASSWORD|SECRET", re.IGNORECASE)


def instructions(text: str) -> list[tuple[str, str]]:
    """(KEYWORD, arguments) for each instruction, continuations joined."""
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    joined = "\n".join(lines).replace("\\\n", " ")
    result = []
    for line in joined.splitlines():
        parts = line.strip().split(maxsplit=1)
        if parts:
            result.append((parts[0].upper(), parts[1] if len(parts) > 1 else ""))
    return result


def unpinned(image: str, stages: set[str]) -> bool:
    if image == "scratch" or image.lower() in stages or "@sha256:" in image:
        return False
    last_part = image
    if ":" not in last_part:
        return True
    return last_part.rsplit(":", 1)[1] == "latest"


def env_names(keyword: str, arguments: str) -> list[str]:
    if keyword == "ENV" and "=" not in arguments.split()[0]:
        return [arguments.split()[0]]  # the old form: ENV NAME value
    return [pair.split("=", 1)[0] for pair in arguments.split()]


def review(dockerfile: str) -> list[str]:
    """The sorted problem codes of this Dockerfile (see the module docstring)."""
    problems = set()
    stages: set[str] = set()
    copied_code = installed = False
    user = None
    for keyword, arguments in instructions(dockerfile):
        words = arguments.split()
        if keyword == "FROM":
            images = [w for w in words if not w.startswith("--")]
            if unpinned(images[0], stages):
                problems.add("unpinned-base")
            if len(images) >= 3 and images[1].upper() == "AS":
                stages.add(images[2].lower())
            copied_code = installed = False
            user = None
        elif keyword == "COPY":
            sources = [w for w in words if not w.startswith("--")][:-1]
            if not installed and any(s == "." or s.endswith(".py") for s in sources):
                copied_code = True
        elif keyword == "RUN" and "pip install" in " ".join(words):
            if copied_code and not installed:
                problems.add("code-before-requirements")
            installed = True
        elif keyword == "USER":
            user = words[0].split(":")[0]
        elif keyword in {"ENV", "ARG"} and words:
            if any(SECRET.search(name) for name in env_names(keyword, arguments)):
                problems.add("secret-in-env")
    if user in (None, "root", "0"):
        problems.add("runs-as-root")
    return sorted(problems)
