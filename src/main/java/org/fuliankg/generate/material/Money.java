package org.fuliankg.generate.material;

import java.math.BigDecimal;

/**
 * A sum of money as news writes it, with its value in yuan and the gold qualifier (余/多/超过 at-least,
 * 近/约 approximate, A至B range).
 *
 * @param amount exact yuan, or null for a range
 */
public record Money(String surface, Long amount, Long min, Long max, String qualifier) {

    private static final String[] ROUND_CHINESE = {"五", "十", "二十", "三十", "五十", "一百"};
    private static final int[] ROUND_VALUES = {5, 10, 20, 30, 50, 100};

    /** Tens of thousands to tens of millions of yuan: funds raised, donated, spent. */
    public static Money large(Chance chance) {
        int wan = switch (chance.below(3)) {
            case 0 -> chance.between(1, 99);
            case 1 -> chance.between(100, 999);
            default -> chance.between(1000, 5000);
        };
        int form = chance.below(10);
        if (form < 4) {
            if (chance.percent(25) && wan < 100) {
                // 26.45万元: two decimals of 万 are whole yuan
                BigDecimal value = BigDecimal.valueOf(wan * 100L + chance.between(1, 99), 2);
                return exact(value.toPlainString() + "万元", value.movePointRight(4).longValueExact());
            }
            if (chance.percent(15)) {
                int i = chance.below(ROUND_CHINESE.length);
                return exact(ROUND_CHINESE[i] + "万元", ROUND_VALUES[i] * 10_000L);
            }
            return exact(wan + "万元", wan * 10_000L);
        }
        if (form < 8) {
            // 余/多 before 万 go with round figures (40多万元, 100余万元), after it with any (236万余元)
            int round = wan >= 1000 ? wan / 100 * 100 : wan >= 20 ? wan / 10 * 10 : wan;
            return switch (chance.below(4)) {
                case 0 -> new Money(wan + "万余元", wan * 10_000L, null, null, "at-least");
                case 1 -> new Money(round + "余万元", round * 10_000L, null, null, "at-least");
                case 2 -> new Money(round + "多万元", round * 10_000L, null, null, "at-least");
                default -> new Money("超过" + round + "万元", round * 10_000L, null, null, "at-least");
            };
        }
        return new Money((chance.percent(50) ? "近" : "约") + wan + "万元", wan * 10_000L, null, null, "approximate");
    }

    /** Totals over years, sometimes in 亿. */
    public static Money total(Chance chance) {
        if (chance.percent(70)) return large(chance);
        BigDecimal yi = BigDecimal.valueOf(chance.between(11, 59), 1); // 1.1亿 … 5.9亿
        return exact(yi.toPlainString() + "亿元", yi.movePointRight(8).longValueExact());
    }

    /** A few hundred to twenty thousand yuan: what one person receives. */
    public static Money small(Chance chance) {
        if (chance.percent(20)) {
            int thousand = chance.between(10, 30); // 1万元 … 3万元 in steps of 1,000
            BigDecimal wan = BigDecimal.valueOf(thousand, 1).stripTrailingZeros();
            return exact(wan.toPlainString() + "万元", thousand * 1_000L);
        }
        long yuan = chance.between(3, 200) * 100L;
        return exact(yuan + "元", yuan);
    }

    /** Monthly pay from A to B yuan. */
    public static Money range(Chance chance) {
        long min = chance.between(3, 20) * 100L;
        long max = min + chance.between(2, 30) * 100L;
        String surface = switch (chance.below(4)) {
            case 0 -> min + "至" + max + "元";
            case 1 -> min + "-" + max + "元";
            case 2 -> min + "元至" + max + "元";
            default -> min + "—" + max + "元";
        };
        return new Money(surface, null, min, max, "range");
    }

    private static Money exact(String surface, long yuan) {
        return new Money(surface, yuan, null, null, "exact");
    }
}
