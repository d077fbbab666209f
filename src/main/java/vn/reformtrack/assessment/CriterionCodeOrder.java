package vn.reformtrack.assessment;

import java.util.Comparator;

/** Criterion codes in reading order: 1.2 before 1.10, numbers before letters, then as text ("E1" before "E2"). */
public final class CriterionCodeOrder implements Comparator<String> {

    public static final CriterionCodeOrder INSTANCE = new CriterionCodeOrder();

    private CriterionCodeOrder() {}

    @Override
    public int compare(String left, String right) {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int order = part(a[i], b[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static int part(String a, String b) {
        boolean numberA = a.chars().allMatch(Character::isDigit) && !a.isEmpty() && a.length() < 10;
        boolean numberB = b.chars().allMatch(Character::isDigit) && !b.isEmpty() && b.length() < 10;
        if (numberA && numberB) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        if (numberA != numberB) {
            return numberA ? -1 : 1;
        }
        return a.compareTo(b);
    }
}
