package dev.spotter.platform.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.spotter.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the live schema and fails on any tenant table that could not be distributed by studio_id: studio_id must
 * be NOT NULL, first in the primary key, and part of every foreign key to another tenant table. Tables whose
 * comment starts with "global:" are shared catalogues and are exempt.
 */
@IntegrationTest
class TenantSchemaTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTenantTableIsKeyedByStudio() {
        Set<String> tenantTables = tenantTables();
        assertThat(tenantTables).contains("studio", "member", "invitation", "access_token", "audit_event");

        List<String> problems = new ArrayList<>();
        for (String table : tenantTables) {
            String nullable = jdbc.sql("""
                    select is_nullable from information_schema.columns
                     where table_schema = 'public' and table_name = ? and column_name = 'studio_id'
                    """).param(table).query(String.class).optional().orElse(null);
            if (nullable == null) {
                problems.add(table + " has no studio_id column");
                continue;
            }
            if (!"NO".equals(nullable)) {
                problems.add(table + ".studio_id is nullable");
            }
            List<String> primaryKey = keyColumns(table, "PRIMARY KEY").values().stream().findFirst().orElse(List.of());
            if (primaryKey.isEmpty() || !primaryKey.get(0).equals("studio_id")) {
                problems.add(table + " primary key " + primaryKey + " does not start with studio_id");
            }
        }
        problems.addAll(foreignKeyProblems(tenantTables));
        assertThat(problems).as("tenant tables breaking the studio_id rules").isEmpty();
    }

    @Test
    void globalTablesAreDeclaredAsSuch() {
        Set<String> global = jdbc.sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind = 'r' and obj_description(c.oid) like 'global:%'
                """).query(String.class).set();
        assertThat(global).contains("account").doesNotContain("member", "studio");
    }

    private Set<String> tenantTables() {
        return jdbc.sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = 'public' and c.relkind in ('r', 'p')
                   and c.relname <> 'flyway_schema_history'
                   and coalesce(obj_description(c.oid), '') not like 'global:%'
                """).query(String.class).set();
    }

    /** Constraint name to its columns in order, for the constraints of one type on a table. */
    private Map<String, List<String>> keyColumns(String table, String type) {
        return jdbc.sql("""
                select tc.constraint_name, kcu.column_name
                  from information_schema.table_constraints tc
                  join information_schema.key_column_usage kcu
                    on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
                 where tc.table_schema = 'public' and tc.table_name = ? and tc.constraint_type = ?
                 order by tc.constraint_name, kcu.ordinal_position
                """)
                .params(table, type)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, java.util.LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private List<String> foreignKeyProblems(Set<String> tenantTables) {
        record ForeignKey(String name, String table, String referenced, List<String> columns,
                          List<String> referencedColumns) {
        }
        List<ForeignKey> keys = jdbc.sql("""
                select con.conname, src.relname, dst.relname,
                       array(select a.attname from unnest(con.conkey) with ordinality k(n, i)
                               join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.n order by k.i),
                       array(select a.attname from unnest(con.confkey) with ordinality k(n, i)
                               join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.n order by k.i)
                  from pg_constraint con
                  join pg_class src on src.oid = con.conrelid
                  join pg_class dst on dst.oid = con.confrelid
                  join pg_namespace n on n.oid = src.relnamespace
                 where con.contype = 'f' and n.nspname = 'public'
                """)
                .query((rs, row) -> new ForeignKey(rs.getString(1), rs.getString(2), rs.getString(3),
                        List.of((String[]) rs.getArray(4).getArray()), List.of((String[]) rs.getArray(5).getArray())))
                .list();
        List<String> problems = new ArrayList<>();
        for (ForeignKey key : keys) {
            boolean betweenTenantTables = tenantTables.contains(key.table()) && tenantTables.contains(key.referenced());
            if (!betweenTenantTables) {
                continue;
            }
            int position = key.columns().indexOf("studio_id");
            if (position < 0 || !"studio_id".equals(key.referencedColumns().get(position))) {
                problems.add(key.table() + "." + key.name() + " " + key.columns() + " -> " + key.referenced()
                        + key.referencedColumns() + " does not carry studio_id to studio_id");
            }
        }
        return problems;
    }
}
