package org.fuliankg.generate.material;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Made-up personal names: a surname of the project's list and one or two given-name characters. */
public final class PersonNames {

    /** Characters common in given names, mostly women's (federation officials are mostly women). */
    private static final String GIVEN = "丽娟芳敏静燕艳红霞玲萍梅琳慧婷雪华英秀兰凤洁琴云莉颖倩晶薇蓉岚媛欣悦佳怡宁晓"
            + "春秋玉珍桂淑素惠彩月瑶思雯璐冰虹露萱琦瑾嘉蕾菲文君亚丹妍莹晴";
    /** A few men's characters: reporters and some officials are men. */
    private static final String GIVEN_MEN = "军伟强明建涛斌波刚勇杰峰鹏志宏海";

    private final Set<String> used = new HashSet<>();
    private final List<String> single;
    private final List<String> compound;

    public PersonNames(List<String> surnames) {
        this.single = surnames.stream().filter(s -> s.length() == 1).toList();
        this.compound = surnames.stream().filter(s -> s.length() > 1).toList();
    }

    /** A name not yet given out in this article, so each name denotes one person. */
    public String next(Chance chance) {
        for (int attempt = 0; ; attempt++) {
            String name = candidate(chance);
            if (used.add(name) || attempt > 20) return name;
        }
    }

    private String candidate(Chance chance) {
        // the list runs from common to rare; compound surnames are rare in the population
        String surname = chance.percent(2) ? chance.pick(compound)
                : chance.percent(60) ? single.get(chance.below(Math.min(40, single.size()))) : chance.pick(single);
        String pool = chance.percent(20) ? GIVEN_MEN : GIVEN;
        StringBuilder name = new StringBuilder(surname).append(pool.charAt(chance.below(pool.length())));
        if (surname.length() == 1 && chance.percent(70)) name.append(GIVEN.charAt(chance.below(GIVEN.length())));
        return name.toString();
    }
}
