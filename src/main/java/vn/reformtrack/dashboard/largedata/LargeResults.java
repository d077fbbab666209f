package vn.reformtrack.dashboard.largedata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Complete national tables for the large data set: every province of a year's table (63 until 2024, 34 from 2025)
 * gets a result in each of the four indices. Published results already loaded stay as they are; the missing provinces
 * take the free ranks, with totals drawn between the published ones so that totals and ranks agree.
 */
class LargeResults {

    /** Plausible best and worst totals per index where nothing is published. */
    private static final Map<String, double[]> RANGE = Map.of(
            "PAR_PROVINCE", new double[] {93, 76},
            "SIPAS", new double[] {96, 78},
            "PAPI", new double[] {48.5, 38},
            "PCI", new double[] {74, 57});

    private final JdbcTemplate jdbc;
    private final Random random;

    LargeResults(JdbcTemplate jdbc, long seed) {
        this.jdbc = jdbc;
        this.random = new Random(seed + 1);
    }

    void write(int firstYear, int lastYear) {
        String own = jdbc.query("select value from app_setting where key = 'results.own-jurisdiction-code'",
                rs -> rs.next() ? rs.getString(1) : "22");
        for (String framework : RANGE.keySet()) {
            long frameworkId = jdbc.queryForObject("select id from index_framework where code = ?", Long.class, framework);
            for (int year = firstYear; year <= lastYear; year++) {
                table(framework, frameworkId, year, own);
            }
        }
    }

    private void table(String framework, long frameworkId, int year, String own) {
        int size = year <= 2024 ? 63 : 34;
        List<Long> eligible = jdbc.queryForList(year <= 2024 ? "select id from jurisdiction order by code"
                : "select id from jurisdiction where merged_on is null order by code", Long.class);
        List<Map<String, Object>> published = jdbc.queryForList(
                "select jurisdiction_id, total, rank, rank_to from index_result where framework_id = ? and year = ?",
                frameworkId, year);
        TreeSet<Integer> freeRanks = new TreeSet<>();
        for (int rank = 1; rank <= size; rank++) {
            freeRanks.add(rank);
        }
        TreeMap<Integer, Double> anchors = new TreeMap<>();
        List<Long> missing = new ArrayList<>(eligible);
        for (Map<String, Object> row : published) {
            missing.remove((Long) ((Number) row.get("jurisdiction_id")).longValue());
            Integer rank = row.get("rank") == null ? null : ((Number) row.get("rank")).intValue();
            if (rank != null) {
                int rankTo = row.get("rank_to") == null ? rank : ((Number) row.get("rank_to")).intValue();
                for (int r = rank; r <= rankTo; r++) {
                    freeRanks.remove(r);
                }
                if (row.get("total") != null && rankTo == rank) {
                    anchors.put(rank, ((BigDecimal) row.get("total")).doubleValue());
                }
            }
        }
        double[] range = RANGE.get(framework);
        double best = anchors.isEmpty() ? range[0] : Math.max(range[0], anchors.firstEntry().getValue() + 0.8);
        double worst = anchors.isEmpty() ? range[1] : Math.min(range[1], anchors.lastEntry().getValue() - 3);
        anchors.putIfAbsent(0, best + 0.5);
        anchors.putIfAbsent(size + 1, worst - 0.5);
        Long ownId = jdbc.query("select id from jurisdiction where code = ?", rs -> rs.next() ? rs.getLong(1) : null, own);
        Collections.shuffle(missing, random);
        if (ownId != null && missing.remove(ownId)) {
            missing.add(0, ownId);
        }
        Long versionId = jdbc.query("""
                select v.id from framework_version v where v.framework_id = ? and v.valid_from_year <= ?
                and (v.valid_to_year is null or v.valid_to_year >= ?) order by v.valid_from_year desc limit 1""",
                rs -> rs.next() ? rs.getLong(1) : null, frameworkId, year, year);
        List<Object[]> rows = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>(freeRanks);
        for (int i = 0; i < missing.size() && i < ranks.size(); i++) {
            // The own province keeps near the top, as its published years have it; the others take the free ranks in turn.
            int rank = missing.get(i).equals(ownId) ? ranks.get(Math.min(ranks.size() - 1, random.nextInt(3))) : -1;
            if (rank < 0) {
                rank = ranks.stream().filter(r -> rows.stream().noneMatch(row -> row[4].equals(r))).findFirst().orElse(-1);
            }
            if (rank < 0) {
                break;
            }
            rows.add(new Object[] {frameworkId, versionId, year, missing.get(i), rank, size, total(anchors, rank)});
        }
        jdbc.batchUpdate("""
                insert into index_result (framework_id, version_id, year, jurisdiction_id, rank, of_total, total, source)
                values (?, ?, ?, ?, ?, ?, ?, 'Dữ liệu lớn minh họa (large data set)')""",
                rows.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[5], r[6]}).toList());
    }

    /** A total for a free rank, on the straight line between the nearest known totals above and below it. */
    private static BigDecimal total(TreeMap<Integer, Double> anchors, int rank) {
        Map.Entry<Integer, Double> above = anchors.floorEntry(rank);
        Map.Entry<Integer, Double> below = anchors.ceilingEntry(rank);
        double value = above.getKey().equals(below.getKey()) ? above.getValue()
                : above.getValue() + (below.getValue() - above.getValue()) * (rank - above.getKey())
                        / (below.getKey() - above.getKey());
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
