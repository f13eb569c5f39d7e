package io.claimtracker.conflict.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the numbers a statement gives, with their qualifiers and what they count. */
final class Quantities {

    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("dozen", 12));
    private static final Map<String, Double> SCALES = Map.of("hundred", 100d, "thousand", 1_000d,
            "million", 1_000_000d, "billion", 1_000_000_000d, "bn", 1_000_000_000d, "m", 1_000_000d);
    private static final Set<String> ABOVE = Set.of("more than", "over", "above", "exceeding", "upwards of");
    private static final Set<String> AT_LEAST = Set.of("at least", "no fewer than", "no less than", "a minimum of");
    private static final Set<String> BELOW = Set.of("fewer than", "less than", "under", "below");
    private static final Set<String> AT_MOST = Set.of("up to", "at most", "no more than", "a maximum of");
    private static final Set<String> ABOUT = Set.of("about", "around", "approximately", "roughly", "some",
            "an estimated", "estimated", "nearly", "almost", "close to", "circa", "approx");
    private static final Set<String> PERCENT = Set.of("%", "percent", "pc", "per");
    private static final double ABOUT_MARGIN = 0.05;

    private Quantities() {
    }

    static List<Quantity> in(Analysis analysis) {
        List<Quantity> found = new ArrayList<>();
        List<Token> tokens = analysis.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            int vagueEnd = vagueEnd(tokens, i);
            if (vagueEnd >= 0) {
                double[] range = vagueRange(tokens, i, vagueEnd);
                String unit = unitAfter(tokens, tokens.get(vagueEnd), vagueEnd);
                found.add(new Quantity(range[0], range[1], false, false, unit, analysis.around(i, 2), i));
                i = vagueEnd;
                continue;
            }
            Double value = numberAt(tokens, i);
            if (value == null || isYear(tokens, i, value) || isArticleOne(tokens, i) || isDayOfMonth(tokens, i)) {
                continue;
            }
            int last = i;
            if (value >= 20 && value <= 90 && value % 10 == 0 && i + 1 < tokens.size()) {
                Double unit = numberAt(tokens, i + 1);
                if (unit != null && unit >= 1 && unit <= 9 && SMALL.containsKey(tokens.get(i + 1).lower())) {
                    value += unit;
                    last++;
                }
            }
            while (last + 1 < tokens.size() && SCALES.containsKey(tokens.get(last + 1).lower())) {
                value *= SCALES.get(tokens.get(last + 1).lower());
                last++;
            }
            String qualifier = qualifierBefore(tokens, i);
            if (qualifier.isEmpty()) {
                qualifier = qualifierAfter(tokens, last);
                last += qualifier.isEmpty() ? 0 : 2;
            }
            String unit = unitAfter(tokens, token, last);
            Quantity quantity = interval(value, qualifier, unit, analysis.around(i, 2), i);
            found.add(isOffset(tokens, last, unit) ? quantity.asOffset() : quantity);
            i = last;
        }
        return found.size() <= Analysis.MAX_COMPARED ? found : List.copyOf(found.subList(0, Analysis.MAX_COMPARED));
    }

    private static final Set<String> TIME_UNITS = Set.of("second", "minute", "hour", "day", "week", "month", "year",
            "decade");
    private static final Set<String> RELATIVE = Set.of("after", "before", "later", "earlier", "ago", "since",
            "afterwards", "beforehand");

    /** Whether a span of time is counted from another event ("two weeks after the video", "three years earlier"). */
    private static boolean isOffset(List<Token> tokens, int last, String unit) {
        if (unit == null || !TIME_UNITS.contains(unit)) {
            return false;
        }
        for (int j = last + 1; j < Math.min(tokens.size(), last + 4); j++) {
            if (RELATIVE.contains(tokens.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Plural scales that stand for a vague amount ("hundreds of times"), with the lowest and highest they mean. */
    private static final Map<String, double[]> VAGUE = Map.of("dozens", new double[] {24, 199},
            "scores", new double[] {40, 199}, "hundreds", new double[] {200, 999},
            "thousands", new double[] {2_000, 999_999}, "millions", new double[] {2_000_000, 999_999_999});

    /**
     * Where a vague amount starting at {@code i} ends ("hundreds", "tens of thousands", "several thousand"), or -1
     * when none starts there.
     */
    private static int vagueEnd(List<Token> tokens, int i) {
        String word = tokens.get(i).lower();
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
        String after = i + 2 < tokens.size() ? tokens.get(i + 2).lower() : "";
        if ((word.equals("tens") || word.equals("hundreds")) && next.equals("of")
                && Set.of("thousands", "millions").contains(after)) {
            return i + 2;
        }
        if (word.equals("several") && Set.of("hundred", "thousand", "million", "billion").contains(next)) {
            return i + 1;
        }
        return VAGUE.containsKey(word) && !(i > 0 && tokens.get(i - 1).isNumber()) ? i : -1;
    }

    private static double[] vagueRange(List<Token> tokens, int i, int end) {
        String word = tokens.get(i).lower();
        if (word.equals("several")) {
            double scale = SCALES.get(tokens.get(end).lower());
            return new double[] {3 * scale, 10 * scale - 1};
        }
        if (end > i) {
            double[] of = VAGUE.get(tokens.get(end).lower());
            double factor = word.equals("tens") ? 10 : 100;
            return new double[] {of[0] / 2 * factor, of[1] * factor};
        }
        return VAGUE.get(word);
    }

    /** Whether a lower-case word is a number word or scale ("five", "dozen", "thousand"). */
    static boolean isNumberWord(String word) {
        return SMALL.containsKey(word) || SCALES.containsKey(word) || VAGUE.containsKey(word);
    }

    /** Whether a lower-case word writes a percentage ("per", "cent", "percent", "pc", "%"). */
    static boolean isPercentWord(String word) {
        return PERCENT.contains(word) || word.equals("cent");
    }

    private static Double numberAt(List<Token> tokens, int i) {
        String word = tokens.get(i).lower();
        if (SMALL.containsKey(word)) {
            return (double) SMALL.get(word);
        }
        String digits = word.replace("pc", "").replace("%", "");
        if (digits.isEmpty() || !Character.isDigit(digits.charAt(0))) {
            return null;
        }
        try {
            return Double.parseDouble(digits.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isYear(List<Token> tokens, int i, double value) {
        String word = tokens.get(i).lower();
        return word.length() == 4 && value >= 1800 && value <= 2100 && word.chars().allMatch(Character::isDigit);
    }

    private static boolean isDayOfMonth(List<Token> tokens, int i) {
        return (i > 0 && Dates.isMonth(tokens.get(i - 1).lower()))
                || (i + 1 < tokens.size() && Dates.isMonth(tokens.get(i + 1).lower()));
    }

    private static boolean isArticleOne(List<Token> tokens, int i) {
        return "one".equals(tokens.get(i).lower()) && i + 1 < tokens.size()
                && Set.of("of", "another", "day", "time").contains(tokens.get(i + 1).lower());
    }

    /** "10,000 or fewer", "50 or more": a bound written after the number, as the qualifier it stands for. */
    private static String qualifierAfter(List<Token> tokens, int last) {
        if (last + 2 >= tokens.size() || !tokens.get(last + 1).lower().equals("or")) {
            return "";
        }
        return switch (tokens.get(last + 2).lower()) {
            case "fewer", "less" -> "up to";
            case "more", "greater" -> "at least";
            default -> "";
        };
    }

    private static String qualifierBefore(List<Token> tokens, int i) {
        for (int span = 3; span >= 1; span--) {
            if (i - span < 0) {
                continue;
            }
            StringBuilder phrase = new StringBuilder();
            for (Token token : tokens.subList(i - span, i)) {
                phrase.append(phrase.isEmpty() ? "" : " ").append(token.lower());
            }
            String words = phrase.toString();
            for (Set<String> qualifiers : List.of(ABOVE, AT_LEAST, BELOW, AT_MOST, ABOUT)) {
                if (qualifiers.contains(words)) {
                    return words;
                }
            }
        }
        return "";
    }

    private static String unitAfter(List<Token> tokens, Token number, int last) {
        if (number.lower().endsWith("%") || number.lower().endsWith("pc")) {
            return "percent";
        }
        for (int j = last + 1; j < Math.min(tokens.size(), last + 3); j++) {
            String lower = tokens.get(j).lower();
            if (PERCENT.contains(lower)) {
                return "percent";
            }
            if (Set.of("other", "others").contains(lower) || Dates.DATE_WORDS.contains(lower) || Dates.isMonth(lower)
                    || isNumberWord(lower)) {
                return null;
            }
            if (!Lexicon.STOPWORDS.contains(lower) && !tokens.get(j).isNumber() && lower.chars().allMatch(Character::isLetter)) {
                return Analysis.concept(tokens.get(j));
            }
            if (!Set.of("more", "other", "additional", "further", "of", "the").contains(lower)) {
                return null;
            }
        }
        return null;
    }

    private static Quantity interval(double value, String qualifier, String unit, String phrase, int index) {
        double inf = Double.POSITIVE_INFINITY;
        if (ABOVE.contains(qualifier)) {
            return new Quantity(value, inf, true, true, unit, phrase, index);
        }
        if (AT_LEAST.contains(qualifier)) {
            return new Quantity(value, inf, false, true, unit, phrase, index);
        }
        if (BELOW.contains(qualifier)) {
            return new Quantity(0, value, false, true, unit, phrase, index);
        }
        if (AT_MOST.contains(qualifier)) {
            return new Quantity(0, value, false, false, unit, phrase, index);
        }
        if (ABOUT.contains(qualifier) || isRound(value)) {
            double margin = ABOUT.contains(qualifier) ? Math.max(1, value * ABOUT_MARGIN)
                    : Math.min(value * ABOUT_MARGIN, lastPlace(value) / 2);
            boolean nearlyOnly = qualifier.equals("nearly") || qualifier.equals("almost");
            return new Quantity(value - margin, nearlyOnly ? value : value + margin, false, false, unit, phrase, index);
        }
        return new Quantity(value, value, false, false, unit, phrase, index);
    }

    private static boolean isRound(double value) {
        return value >= 1000 && value % 1000 == 0;
    }

    /**
     * The place value of a round figure's last written digit: a figure rounds to it, so "93 billion" means 92.5 to
     * 93.5 billion while "100 billion" may be anything the 5 % margin allows.
     */
    private static double lastPlace(double value) {
        double place = 1;
        while (value % (place * 10) == 0) {
            place *= 10;
        }
        return place;
    }
}
