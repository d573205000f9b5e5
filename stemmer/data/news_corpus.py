"""The articles of a news corpus in JSON lines, for the scripts beside this file that find candidates for the
curated lists. A line that is not a JSON article with a body stops the script with its file and line."""

import json
import sys


def articles(paths):
    """Each article of each file in turn, as a dict with at least a body."""
    for path in paths:
        try:
            lines = open(path, encoding="utf-8")
        except OSError as error:
            sys.exit(f"{path}: cannot read the corpus ({error.strerror})")
        with lines:
            for number, line in enumerate(lines, 1):
                try:
                    article = json.loads(line)
                    if not isinstance(article.get("body"), str):
                        raise ValueError("no body")
                except (ValueError, AttributeError) as error:
                    sys.exit(f"{path}:{number}: not a JSON article with a body ({error})")
                yield article
