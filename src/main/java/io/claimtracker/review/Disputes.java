package io.claimtracker.review;

import io.claimtracker.claim.ClaimDtos.ClaimView;
import io.claimtracker.conflict.ConflictDtos.ConflictView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the flags of one queue page into disputes: flags between the same two speakers, or between the same two
 * quoted passages, are one dispute, shown together where its best-scored flag stands.
 */
final class Disputes {

    private Disputes() {
    }

    /** Flags of one dispute, best scored first; {@code between} names its two sides. */
    public record Dispute(List<ConflictView> flags, String between) {

        public ConflictView lead() {
            return flags.get(0);
        }

        public boolean grouped() {
            return flags.size() > 1;
        }
    }

    /** The page's flags as disputes, in the order of each dispute's first flag. */
    static List<Dispute> of(List<ConflictView> flags) {
        int[] parent = new int[flags.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstWith = new HashMap<>();
        for (int i = 0; i < flags.size(); i++) {
            for (String key : List.of(speakers(flags.get(i)), quotes(flags.get(i)))) {
                Integer first = firstWith.putIfAbsent(key, i);
                if (first != null) {
                    parent[root(parent, i)] = root(parent, first);
                }
            }
        }
        Map<Integer, List<ConflictView>> groups = new LinkedHashMap<>();
        for (int i = 0; i < flags.size(); i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(flags.get(i));
        }
        return groups.values().stream().map(group -> new Dispute(group, sides(group.get(0)))).toList();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static String speakers(ConflictView flag) {
        long a = flag.a().speaker().id();
        long b = flag.b().speaker().id();
        return "speakers:" + Math.min(a, b) + ":" + Math.max(a, b);
    }

    private static String quotes(ConflictView flag) {
        String a = passage(flag.a());
        String b = passage(flag.b());
        return "quotes:" + (a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a);
    }

    private static String passage(ClaimView claim) {
        return claim.article().id() + ":" + claim.quote().start() + ":" + claim.quote().end();
    }

    private static String sides(ConflictView flag) {
        return flag.a().speaker().name() + " and " + flag.b().speaker().name();
    }
}
