package org.momentum.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.momentum.classification.Period;
import org.momentum.registry.Enterprise;
import org.momentum.registry.EnterpriseSize;

/** Reads of the statistical register. */
public final class Registers {
    private Registers() {}

    public static Set<String> enterpriseIds(Database db) {
        try (Connection c = db.connect()) {
            return enterpriseIds(c);
        } catch (SQLException e) {
            throw new StoreException("cannot read the register: " + e.getMessage(), e);
        }
    }

    /** The same on a connection of the caller (inside its transaction). */
    public static Set<String> enterpriseIds(Connection c) {
        try (PreparedStatement ps = c.prepareStatement("SELECT enterprise_id FROM enterprise");
             ResultSet rs = ps.executeQuery()) {
            Set<String> ids = new HashSet<>();
            while (rs.next()) ids.add(rs.getString(1));
            return ids;
        } catch (SQLException e) {
            throw new StoreException("cannot read the register: " + e.getMessage(), e);
        }
    }

    public static List<Enterprise> enterprises(Database db) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT enterprise_id, name, industry, region, size, scope_from, scope_to FROM enterprise ORDER BY enterprise_id");
             ResultSet rs = ps.executeQuery()) {
            List<Enterprise> out = new ArrayList<>();
            while (rs.next()) {
                String to = rs.getString(7);
                out.add(new Enterprise(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        EnterpriseSize.parseOrNull(rs.getString(5)), Period.parse(rs.getString(6)),
                        to == null ? Period.OPEN : Period.parse(to)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the register: " + e.getMessage(), e);
        }
    }
}
