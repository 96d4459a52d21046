package org.fuliankg.extract.org;

import java.util.Set;
import org.fuliankg.lexicon.ResourceLines;

/**
 * How the names of villages end in the north and west (杨家沟, 管家咀, 王家庄, 李家坪): a village the divisions do not
 * list, known by its name's last character when its school is named after it.
 */
final class VillageNames {

    /** Last characters of villages' names (village-name-endings.txt): a gully, a ridge, a flat, a stockade … */
    static final String ENDINGS = ResourceLines.read(VillageNames.class, "/org/fuliankg/lexicon/village-name-endings.txt")
            .get(0)[0];
    /** The schools a village has; a clinic (卫生院) or a 学校 is a town's. */
    static final Set<String> SCHOOLS = Set.of("小学", "中学", "幼儿园");

    private VillageNames() {}
}
