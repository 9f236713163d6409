"""Ranking metrics for one query: `ranked` is the result keys best first, `grades` maps the
judged keys to 0–3 (unlisted keys count 0).

nDCG uses the exponential gain 2^grade − 1 with a log2(rank + 1) discount, so a grade-3
page is worth seven times a grade-1 page. Recall@k divides by min(relevant, k), so a
perfect ranking scores 1.0 even when more than k pages are relevant.
"""

import math

K = 10


def gain(grade: int) -> float:
    return 2**grade - 1


def dcg(grades: list[int]) -> float:
    return sum(gain(grade) / math.log2(rank + 1) for rank, grade in enumerate(grades, start=1))


def ndcg(ranked: list[str], grades: dict[str, int], k: int = K) -> float:
    ideal = dcg(sorted(grades.values(), reverse=True)[:k])
    if not ideal:
        return 0.0
    return dcg([grades.get(key, 0) for key in ranked[:k]]) / ideal


def reciprocal_rank(ranked: list[str], grades: dict[str, int], k: int = K) -> float:
    """1 / rank of the first relevant result (grade ≥ 1) in the first k, else 0."""
    for rank, key in enumerate(ranked[:k], start=1):
        if grades.get(key, 0) > 0:
            return 1 / rank
    return 0.0


def recall(ranked: list[str], grades: dict[str, int], k: int = K) -> float:
    relevant = {key for key, grade in grades.items() if grade > 0}
    if not relevant:
        return 0.0
    return len(relevant.intersection(ranked[:k])) / min(len(relevant), k)
