package org.momentum.synthetic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.targets.DemonstrationZone;
import org.momentum.targets.Programme;

/**
 * The demo's national innovation demonstration zones (国家自主创新示范区): the five groups the State Council approved
 * in spring 2016 — Zhengzhou–Luoyang–Xinxiang, the Shandong peninsula, Shenyang–Dalian, Fuzhou–Xiamen–Quanzhou and
 * Hefei–Wuhu–Bengbu (approval months as recalled) — one zone per prefecture city the demo's register has, focused on
 * manufacturing. The demo injects no zone effect, so their evaluation should say the data cannot tell.
 */
public record DemoZones(Programme programme, List<DemonstrationZone> zones) {
    public static final String ID = "innovation-zones";
    public static final int YEAR = 2016;
    /** zone id, group (English | Chinese), city, prefecture code, approval month. */
    private static final String[][] ZONES = {
            {"ZLX-ZZ", "Zhengzhou–Luoyang–Xinxiang|郑洛新", "Zhengzhou|郑州", "410100", "2016-04"},
            {"ZLX-LY", "Zhengzhou–Luoyang–Xinxiang|郑洛新", "Luoyang|洛阳", "410300", "2016-04"},
            {"SDB-JN", "Shandong Peninsula|山东半岛", "Jinan|济南", "370100", "2016-04"},
            {"SDB-QD", "Shandong Peninsula|山东半岛", "Qingdao|青岛", "370200", "2016-04"},
            {"SDB-ZB", "Shandong Peninsula|山东半岛", "Zibo|淄博", "370300", "2016-04"},
            {"SD-SY", "Shenyang–Dalian|沈大", "Shenyang|沈阳", "210100", "2016-04"},
            {"SD-DL", "Shenyang–Dalian|沈大", "Dalian|大连", "210200", "2016-04"},
            {"FXQ-FZ", "Fuzhou–Xiamen–Quanzhou|福厦泉", "Fuzhou|福州", "350100", "2016-06"},
            {"FXQ-XM", "Fuzhou–Xiamen–Quanzhou|福厦泉", "Xiamen|厦门", "350200", "2016-06"},
            {"HWB-HF", "Hefei–Wuhu–Bengbu|合芜蚌", "Hefei|合肥", "340100", "2016-06"},
            {"HWB-WH", "Hefei–Wuhu–Bengbu|合芜蚌", "Wuhu|芜湖", "340200", "2016-06"},
            {"HWB-BB", "Hefei–Wuhu–Bengbu|合芜蚌", "Bengbu|蚌埠", "340300", "2016-06"},
    };

    public static DemoZones of() {
        Programme p = new Programme(ID, Programme.Kind.ZONE, "National innovation demonstration zones", "国家自主创新示范区", Map.of());
        List<DemonstrationZone> zones = new ArrayList<>();
        for (String[] z : ZONES) {
            String[] group = z[1].split("\\|"), city = z[2].split("\\|");
            zones.add(new DemonstrationZone(z[0], ID, group[0] + " zone: " + city[0] + " (" + group[1] + "·" + city[1] + ")", z[3],
                    Period.parse(z[4]), List.of("C")));
        }
        return new DemoZones(p, List.copyOf(zones));
    }

    /** The enterprises of a register that the zones cover (manufacturers in the zones' cities). */
    public Set<String> covered(List<Enterprise> register) {
        Set<String> ids = new HashSet<>();
        for (Enterprise e : register)
            for (DemonstrationZone z : zones) if (z.covers(e.region(), e.industry())) ids.add(e.id());
        return ids;
    }
}
