package io.turnaround.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns key points noted on the call into words a manager can say back to the customer: at most three points, what
 * was noted in the third person ("says", "wants") in the second ("you want"), the customer's own capitals kept, and
 * short enough to say in one breath. English, German and French are turned; other languages are kept as noted.
 */
public final class SpokenPoints {
    /** A point a manager can say back: the words for the customer, as noted. */
    private record Rule(Pattern pattern, String replacement) {
    }

    private static final String EN_SUBJECT = "(?:(?:the )?(?:customer|client|caller)|they|he|she)\\s+";
    private static final String DE_SUBJECT = "(?:(?:der |die )?(?:Kunde|Kundin)|er|sie)\\s+";
    private static final String FR_SUBJECT = "(?:(?:le |la )?(?:client|cliente)|il|elle|ils|elles)\\s+";

    /** "Says (that)" and its like only report: what follows is the point. */
    private static final Map<String, Pattern> REPORTING = Map.of(
            "en", Pattern.compile("^(?:" + EN_SUBJECT + ")?(?:says|said|told us|tells us)(?:\\s+that)?[,:]?\\s+", Pattern.CASE_INSENSITIVE),
            "de", Pattern.compile("^(?:" + DE_SUBJECT + ")?(?:sagt|sagte|meint)[,:]?(?:\\s+dass)?\\s+", Pattern.CASE_INSENSITIVE),
            "fr", Pattern.compile("^(?:" + FR_SUBJECT + ")?(?:dit|a dit|affirme)(?:\\s+qu(?:e\\s+|'|\u2019))?[,:]?\\s*", Pattern.CASE_INSENSITIVE));

    private static final Map<String, List<Rule>> VERBS = Map.of(
            "en", rules(EN_SUBJECT, "you ", new String[][] {
                {"wants", "want"}, {"needs", "need"}, {"expects", "expect"}, {"feels", "feel"}, {"thinks", "think"},
                {"asks", "ask"}, {"is", "are"}, {"was", "were"}, {"has", "have"}, {"does not", "do not"},
                {"doesn't", "don't"}, {"can't", "can't"}, {"cannot", "cannot"}, {"will", "will"}, {"had", "had"},
                {"received", "received"}, {"ordered", "ordered"}, {"paid", "paid"}, {"lost", "lost"}, {"asked", "asked"},
                {"called", "called"}, {"got", "got"}, {"would like", "would like"}}, false),
            "de", rules(DE_SUBJECT, "Sie ", new String[][] {
                {"will", "wollen"}, {"möchte", "möchten"}, {"braucht", "brauchen"}, {"erwartet", "erwarten"}, {"ist", "sind"},
                {"war", "waren"}, {"hat", "haben"}, {"hatte", "hatten"}, {"fordert", "fordern"}, {"bekam", "bekamen"},
                {"kann", "können"}, {"muss", "müssen"}}, true),
            "fr", rules(FR_SUBJECT, "vous ", new String[][] {
                {"veut", "voulez"}, {"voudrait", "voudriez"}, {"a besoin", "avez besoin"}, {"attend", "attendez"},
                {"exige", "exigez"}, {"demande", "demandez"}, {"est", "êtes"}, {"était", "étiez"}, {"a", "avez"},
                {"avait", "aviez"}, {"doit", "devez"}, {"peut", "pouvez"}}, true));

    /** Possessives that follow a subject turned to the second person. */
    private static final Map<String, String[][]> POSSESSIVES = Map.of(
            "en", new String[][] {{"their", "your"}, {"his", "your"}, {"her", "your"}, {"them", "you"}, {"themselves", "yourselves"}},
            "de", new String[][] {{"ihr", "Ihr"}, {"ihre", "Ihre"}, {"ihren", "Ihren"}, {"ihrem", "Ihrem"}, {"sein", "Ihr"}, {"seine", "Ihre"},
                {"seinen", "Ihren"}, {"seinem", "Ihrem"}},
            "fr", new String[][] {{"son", "votre"}, {"sa", "votre"}, {"ses", "vos"}, {"leur", "votre"}, {"leurs", "vos"}});

    private SpokenPoints() {
    }

    private static List<Rule> rules(String subject, String you, String[][] verbs, boolean subjectRequiredForShortVerbs) {
        List<Rule> out = new ArrayList<>();
        for (String[] v : verbs) {
            // A note may start with the verb alone ("wants a refund"); a short verb alone ("a", "ist") only with its subject.
            boolean subjectRequired = subjectRequiredForShortVerbs && v[0].length() <= 3;
            String start = subjectRequired ? "^" + subject : "^(?:" + subject + ")?";
            out.add(new Rule(Pattern.compile(start + Pattern.quote(v[0]) + "\\b", Pattern.CASE_INSENSITIVE), you + v[1]));
        }
        return out;
    }

    /** The first three key points, each turned to be said to the customer, within {@code wordBudget} words in all. */
    public static List<String> of(List<Note> keyPoints, Locale language, int wordBudget) {
        String lang = language == null ? "en" : language.getLanguage();
        List<String> points = new ArrayList<>();
        for (Note n : keyPoints) {
            String p = clean(n.text());
            if (!p.isEmpty()) {
                points.add(lowerCommonStart(turn(p, lang), lang));
            }
            if (points.size() == 3) {
                break;
            }
        }
        return fit(points, Math.max(6, wordBudget));
    }

    /** Words that open a sentence but are never names: mid-sentence they are written small. Anything else keeps its capital. */
    private static final Map<String, java.util.Set<String>> COMMON_STARTS = Map.of(
            "en", java.util.Set.of("the", "a", "an", "all", "our", "your", "their", "they", "we", "it", "this", "that", "these",
                    "those", "some", "no", "nobody", "nothing", "only", "every", "each", "none", "there", "half", "most", "both"),
            "de", java.util.Set.of("der", "die", "das", "ein", "eine", "alle", "nur", "kein", "keine", "niemand", "nichts", "wir", "es",
                    "unser", "unsere", "jeder", "jede", "beide"),
            "fr", java.util.Set.of("le", "la", "les", "l", "un", "une", "des", "tous", "toutes", "nous", "il", "elle", "ils", "elles",
                    "personne", "rien", "aucun", "aucune", "notre", "nos", "chaque", "seulement"));

    private static String lowerCommonStart(String point, String lang) {
        java.util.Set<String> common = COMMON_STARTS.getOrDefault(lang, java.util.Set.of());
        Matcher m = Pattern.compile("^(\\p{Lu})(\\p{Ll}*)").matcher(point);
        if (m.find() && common.contains((m.group(1) + m.group(2)).toLowerCase(Locale.ROOT))) {
            return m.group(1).toLowerCase(Locale.ROOT) + point.substring(1);
        }
        return point;
    }

    private static String clean(String noted) {
        return noted.strip().replaceAll("\\s*\\R+\\s*", ", ").replaceAll("[.!;:,]+$", "").strip();
    }

    /** A point noted in the third person, said in the second. */
    static String turn(String point, String lang) {
        String p = point;
        Pattern reporting = REPORTING.get(lang);
        if (reporting != null) {
            p = reporting.matcher(p).replaceFirst("");
        }
        List<Rule> verbs = VERBS.get(lang);
        if (verbs == null) {
            return p;
        }
        for (Rule r : verbs) {
            Matcher m = r.pattern().matcher(p);
            if (m.find()) {
                String rest = p.substring(m.end());
                for (String[] pair : POSSESSIVES.get(lang)) {
                    rest = rest.replaceAll("(?<![\\p{L}])" + Pattern.quote(pair[0]) + "(?![\\p{L}])", Matcher.quoteReplacement(pair[1]));
                }
                return r.replacement() + rest;
            }
        }
        return p;
    }

    /** Words a shortened point must not end on: it would stop mid-phrase ("at the"). */
    private static final java.util.Set<String> DANGLING = java.util.Set.of("the", "a", "an", "at", "by", "of", "to", "and", "or",
            "with", "on", "in", "for", "from", "der", "die", "das", "den", "dem", "ein", "eine", "und", "mit", "bis", "von", "zu",
            "le", "la", "les", "un", "une", "de", "des", "du", "et", "à", "avec", "pour", "par");

    /** Fewer points, then each to its first clause, then one point, then cut at a word, until they fit the budget. */
    private static List<String> fit(List<String> points, int budget) {
        List<String> out = new ArrayList<>(points);
        while (words(out) > budget && out.size() > 2) {
            out.remove(out.size() - 1);
        }
        if (words(out) > budget) {
            out.replaceAll(p -> p.split("\\s*[,;\u2013\u2014]\\s+|\\s+-\\s+", 2)[0]);
        }
        while (words(out) > budget && out.size() > 1) {
            out.remove(out.size() - 1);
        }
        if (words(out) > budget && !out.isEmpty()) {
            List<String> w = new ArrayList<>(List.of(out.get(0).split("\\s+")));
            while (w.size() > budget || w.size() > 1 && DANGLING.contains(w.get(w.size() - 1).toLowerCase(Locale.ROOT))) {
                w.remove(w.size() - 1);
            }
            out.set(0, String.join(" ", w));
        }
        return out;
    }

    static int words(List<String> points) {
        return points.stream().mapToInt(p -> p.isBlank() ? 0 : p.strip().split("\\s+").length).sum();
    }
}
