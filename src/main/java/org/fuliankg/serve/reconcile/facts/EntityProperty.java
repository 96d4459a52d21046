package org.fuliankg.serve.reconcile.facts;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The properties of the service: those a query may give to tell namesakes apart ({@link #inQueries}), and the
 * columns data extension adds to reconciled rows.
 */
public enum EntityProperty {
    REGION("region", "地区 region", "division (GB/T 2260 code or name, 成都 or 510100); in queries a division "
            + "above it matches too", true, EntityType.values()),
    REGION_CODE("regionCode", "地区代码 region code", "GB/T 2260 code of the division", false,
            EntityType.PERSON, EntityType.ORGANISATION),
    LEVEL("level", "级别 level", "national, province, prefecture, county, township, village, industry "
            + "(全国, 省级, 地级, 县级 …)", true, EntityType.PERSON, EntityType.ORGANISATION),
    PARENT("parent", "上级妇联 parent federation", "the federation directly above (name or id)", true,
            EntityType.ORGANISATION),
    CHAIR("chair", "主席 chair", "persons the texts name as its chair (主席)", false, EntityType.ORGANISATION),
    ORGANISATION_TYPE("organisationType", "组织类型 organisation type", "federation, foundation, government …",
            true, EntityType.ORGANISATION),
    POSITION("position", "职务 position", "positions held (主席, 副主席 …)", true, EntityType.PERSON),
    ORGANISATION("organisation", "任职组织 organisation", "organisations the person holds posts in (name or id)",
            true, EntityType.PERSON),
    KIND("kind", "项目类别 programme kind", "spring-bud, two-cancer, … (春蕾, 两癌 …)", true, EntityType.PROGRAMME);

    public final String id;
    public final String label;
    public final String description;
    /** True when a reconciliation query may give it; every property is a data extension column. */
    final boolean inQueries;
    public final Set<EntityType> types;

    EntityProperty(String id, String label, String description, boolean inQueries, EntityType... types) {
        this.id = id;
        this.label = label;
        this.description = description;
        this.inQueries = inQueries;
        this.types = Set.of(types);
    }

    public static EntityProperty require(String id, boolean inQuery) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id) && (p.inQueries || !inQuery)).findFirst()
                .orElseThrow(() -> new BadRequest("unknown property '" + id + "': use one of "
                        + Arrays.stream(values()).filter(p -> p.inQueries || !inQuery).map(p -> p.id).toList()));
    }

    public static List<EntityProperty> of(EntityType type) {
        return Arrays.stream(values()).filter(p -> p.types.contains(type)).toList();
    }
}
