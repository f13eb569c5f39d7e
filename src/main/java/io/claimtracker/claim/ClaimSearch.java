package io.claimtracker.claim;

import io.claimtracker.common.PageRequest;
import io.claimtracker.common.text.NameKey;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds claims by words and filters in SQL: each word through the FULLTEXT indexes on a claim's statement, quote
 * and speaker name, its article's headline and its speaker's name (MySQL and MariaDB boolean mode, each word a
 * prefix, every word required somewhere);
 * filters by article, speaker, topic, outlet, the date said and open flags. Answers one page of ids, newest first.
 * With words, the word matches are read first (STRAIGHT_JOIN): they are the small side, and a filter such as one
 * outlet would otherwise lead the optimiser through every claim of that outlet.
 */
final class ClaimSearch {

    /** InnoDB's shortest indexed word and its default stopwords: such words cannot be searched through the index. */
    private static final int MIN_WORD = 3;
    private static final int MAX_WORDS = 8;
    private static final Set<String> STOPWORDS = Set.of("about", "are", "com", "for", "from", "how", "that", "the",
            "this", "was", "what", "when", "where", "who", "will", "with", "und", "www");

    private ClaimSearch() {
    }

    /** The ids of one page and how many claims match in all. */
    record Found(List<Long> ids, long total) {
    }

    static Found find(EntityManager entityManager, ClaimService.Filter filter, PageRequest paging) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> terms = terms(filter.text());
        StringBuilder matches = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            matches.append(i == 0 ? "" : " JOIN ").append("(SELECT t.id FROM claim t WHERE MATCH (t.statement, "
                    + "t.quote_exact, t.speaker_named) AGAINST (:w").append(i).append(" IN BOOLEAN MODE) UNION SELECT "
                    + "t.id FROM claim t JOIN article ta ON ta.id = t.article_id WHERE MATCH (ta.title) AGAINST (:w")
                    .append(i).append(" IN BOOLEAN MODE) UNION SELECT t.id FROM claim t JOIN speaker ts ON ts.id = "
                    + "t.speaker_id WHERE MATCH (ts.name) AGAINST (:w").append(i).append(" IN BOOLEAN MODE)) w")
                    .append(i).append(i == 0 ? "" : " ON w" + i + ".id = w0.id");
            parameters.put("w" + i, terms.get(i));
        }
        if (terms.isEmpty() && filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND (c.statement LIKE :like OR c.quote_exact LIKE :like OR c.speaker_named LIKE :like)");
            parameters.put("like", "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        condition(where, parameters, filter.articleId(), "c.article_id = :article", "article");
        condition(where, parameters, filter.speakerId(), "c.speaker_id = :speaker", "speaker");
        condition(where, parameters, filter.topicId(), "c.topic_id = :topic", "topic");
        String outlet = blankToNull(filter.outlet());
        condition(where, parameters, outlet == null ? null : NameKey.of(outlet), "o.name_key = :outlet", "outlet");
        condition(where, parameters, filter.saidFrom(), "c.said_on >= :saidFrom", "saidFrom");
        condition(where, parameters, filter.saidTo(), "c.said_on <= :saidTo", "saidTo");
        if (Boolean.TRUE.equals(filter.openFlags())) {
            where.append(" AND EXISTS (SELECT 1 FROM conflict f WHERE f.status = 'OPEN' AND (f.claim_a_id = c.id "
                    + "OR f.claim_b_id = c.id))");
        }
        String tables = outlet == null ? " claim c"
                : " claim c JOIN article a ON a.id = c.article_id JOIN outlet o ON o.id = a.outlet_id";
        String from = terms.isEmpty() ? " FROM" + tables : " FROM " + matches + " JOIN" + tables.replaceFirst(
                "claim c", "claim c ON c.id = w0.id");
        String select = terms.isEmpty() ? "SELECT " : "SELECT STRAIGHT_JOIN ";
        Query page = entityManager.createNativeQuery(select + "c.id" + from + where + " ORDER BY c.id DESC", Long.class)
                .setFirstResult(paging.page() * paging.size()).setMaxResults(paging.size());
        Query count = entityManager.createNativeQuery(select + "COUNT(*)" + from + where);
        parameters.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Long> ids = new ArrayList<>();
        for (Object id : page.getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return new Found(ids, ((Number) count.getSingleResult()).longValue());
    }

    /**
     * Each word as a boolean-mode prefix term ("truce*"); every word must match in one of the fields, so each is
     * looked up on its own. Words too short for the index are left out; when none is left, a substring search runs.
     */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null) {
            return terms;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            String term = word + "*";
            if (word.codePointCount(0, word.length()) >= MIN_WORD && !STOPWORDS.contains(word)
                    && terms.size() < MAX_WORDS && !terms.contains(term)) {
                terms.add(term);
            }
        }
        return terms;
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, Object value, String sql,
                                  String name) {
        if (value != null) {
            where.append(" AND ").append(sql);
            parameters.put(name, value instanceof LocalDate day ? day : value);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
