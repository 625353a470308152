import pytest

from sendhealth.assurance.domain import (
    Candidate,
    agreement_rate,
    disagreements,
    draw_sample,
    initials,
    score,
)


def _cases():
    # 40 cases in LA 1 / ASD, 9 in LA 1 / SLCN, 1 in LA 2 / SEMH.
    return (
        [Candidate(i, (1, "ASD")) for i in range(1, 41)]
        + [Candidate(i, (1, "SLCN")) for i in range(41, 50)]
        + [Candidate(50, (2, "SEMH"))]
    )


class TestDrawSample:
    def test_takes_ten_percent_of_each_stratum_and_at_least_one(self):
        chosen = draw_sample(_cases(), 10, seed=7)
        assert len([c for c in chosen if c <= 40]) == 4
        assert len([c for c in chosen if 41 <= c <= 49]) == 1
        assert 50 in chosen

    def test_the_same_seed_draws_the_same_sample_whatever_the_order(self):
        cases = _cases()
        assert draw_sample(cases, 10, seed=7) == draw_sample(list(reversed(cases)), 10, seed=7)

    def test_another_seed_draws_another_sample(self):
        samples = {tuple(draw_sample(_cases(), 10, seed=s)) for s in range(5)}
        assert len(samples) > 1

    def test_no_cases_no_sample(self):
        assert draw_sample([], 10, seed=1) == []

    @pytest.mark.parametrize("percent", [0, 101])
    def test_refuses_a_percentage_out_of_range(self, percent):
        with pytest.raises(ValueError):
            draw_sample(_cases(), percent, seed=1)


class TestScore:
    def test_weighted_points_leave_not_applicable_out(self):
        result = score([("met", 2), ("partly", 1), ("not_met", 1), ("na", 5)])
        assert (result.points, result.max_points) == (5, 8)
        assert result.percent == 62

    def test_all_not_applicable_has_no_percentage(self):
        assert score([("na", 1)]).percent is None


class TestAgreement:
    def test_share_of_common_criteria_rated_the_same(self):
        first = {1: "met", 2: "partly", 3: "not_met", 4: "met"}
        second = {1: "met", 2: "met", 3: "not_met", 4: "met", 5: "na"}
        assert agreement_rate(first, second) == 0.75
        assert disagreements(first, second) == [2]

    def test_no_common_criteria_has_no_rate(self):
        assert agreement_rate({1: "met"}, {2: "met"}) is None


def test_initials():
    assert initials("zebedee", "Quixotefield") == "Z.Q."
