package org.incidentatlas.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EstimatesTest {
    @Test
    void noFiguresGiveNoEstimate() {
        assertNull(Estimates.fromFigures(List.of()));
    }

    @Test
    void reportsWithoutANumberAreLeftOut() {
        Figure dozens = new Figure(null, null, "dozens");
        assertNull(Estimates.fromFigures(List.of(dozens)));
        assertEquals(Estimate.exactly(13), Estimates.fromFigures(List.of(dozens, Figure.exactly(13))));
    }

    @Test
    void missingFiguresAreLeftOut() {
        assertEquals(Estimate.exactly(4), Estimates.fromFigures(Arrays.asList(null, Figure.exactly(4), null)));
    }

    @Test
    void oneExactFigureIsLowBestAndHigh() {
        assertEquals(Estimate.exactly(13), Estimates.fromFigures(List.of(Figure.exactly(13))));
    }

    @Test
    void lowIsTheSmallestHighTheLargestAndBestTheMedian() {
        Estimate e = Estimates.fromFigures(List.of(Figure.exactly(20), Figure.exactly(10), Figure.exactly(14)));
        assertEquals(new Estimate(10, 14, 20), e);
    }

    @Test
    void evenNumberOfReportsTakesTheLowerOfTheTwoMiddleFigures() {
        Estimate e = Estimates.fromFigures(List.of(Figure.exactly(30), Figure.exactly(10), Figure.exactly(12),
                Figure.exactly(40)));
        assertEquals(new Estimate(10, 12, 40), e);
    }

    @Test
    void twoReportsTakeTheLowerAsBest() {
        assertEquals(new Estimate(2, 2, 3), Estimates.fromFigures(List.of(Figure.exactly(3), Figure.exactly(2))));
    }

    @Test
    void aRangeCountsAsItsMidpointForBestAndItsBoundsForLowAndHigh() {
        Estimate e = Estimates.fromFigures(List.of(Figure.between(28, 30)));
        assertEquals(new Estimate(28, 29, 30), e);
    }

    @Test
    void openEndedAtLeastCountsAsItsNumberForHigh() {
        assertEquals(Estimate.exactly(12), Estimates.fromFigures(List.of(Figure.atLeast(12))));
        Estimate e = Estimates.fromFigures(List.of(Figure.atLeast(12), Figure.exactly(9)));
        assertEquals(new Estimate(9, 9, 12), e);
    }

    @Test
    void mixedReportsFollowTheStatedRule() {
        // "13", "at least 12", "28 to 30" and "dozens": points 13, 12, 29 -> median 13
        List<Figure> figures = List.of(Figure.exactly(13), Figure.atLeast(12), Figure.between(28, 30),
                new Figure(null, null, "dozens"));
        Estimate e = Estimates.fromFigures(figures);
        assertEquals(new Estimate(12, 13, 30), e);
        assertTrue(e.ordered());
    }

    @Test
    void derivedEstimatesAreAlwaysOrdered() {
        List<Figure> figures = List.of(Figure.between(5, 40), Figure.atLeast(41), Figure.exactly(0),
                Figure.between(3, 4));
        Estimate e = Estimates.fromFigures(figures);
        assertEquals(0, e.low());
        assertEquals(41, e.high());
        assertTrue(e.ordered(), e.toString());
    }

    @Test
    void ruleIsStatedInWords() {
        String rule = Estimates.rule();
        assertTrue(rule.contains("smallest"), rule);
        assertTrue(rule.contains("largest"), rule);
        assertTrue(rule.contains("median"), rule);
    }
}
