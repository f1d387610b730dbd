package ru.mentoring.support.sql;

import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.JSONB;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.conf.ParamType;
import org.jooq.conf.SettingsTools;
import org.jooq.impl.DSL;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement of the hot path — run hundreds of times a second with the same shape and only new
 * values — written with the generated jOOQ classes like any other, but rendered to SQL once, when
 * it is built, instead of on every execution. Under the services' C1-only JIT, jOOQ's rendering of
 * even a one-table select costs more CPU than PostgreSQL's execution of it (ADR 0029).
 *
 * <p>Every value of the statement is a named {@link org.jooq.impl.DSL#param(String, Class)}; the
 * caller passes the values in the order of the names it declared, which are checked against the
 * rendered statement when it is built. A collection value binds as a PostgreSQL array (write
 * {@code field.eq(any(param(...)))} for a list whose length changes). The statement runs on the
 * connection of the caller's transaction, as every jOOQ statement of the service does.
 */
public final class FixedShapeStatement {

    /** Reads one row; called with the result set positioned on it. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final DSLContext dsl;
    private final String sql;
    private final List<DataType<?>> types;

    private FixedShapeStatement(DSLContext dsl, String sql, List<DataType<?>> types) {
        this.dsl = dsl;
        this.sql = sql;
        this.types = types;
    }

    /**
     * @param names the statement's parameters in the order {@link #execute} and {@link #fetch} receive
     *              their values; must be every parameter, each used once, in the order they appear
     */
    public static FixedShapeStatement of(DSLContext dsl, Query query, String... names) {
        Map<String, Param<?>> params = new LinkedHashMap<>();
        dsl.extractParams(query).forEach((name, param) -> {
            if (!param.isInline()) {
                params.put(name, param);
            }
        });
        if (!List.copyOf(params.keySet()).equals(List.of(names))) {
            throw new IllegalArgumentException("parameters " + params.keySet() + " are not the declared " + List.of(names));
        }
        String sql = DSL.using(dsl.configuration().derive(SettingsTools.clone(dsl.settings()).withParamType(ParamType.INDEXED)))
                .render(query);
        List<DataType<?>> types = params.values().stream().<DataType<?>>map(Param::getDataType).toList();
        long placeholders = sql.chars().filter(c -> c == '?').count();
        if (placeholders != types.size()) {
            throw new IllegalArgumentException("rendered " + placeholders + " placeholders for " + types.size() + " parameters: " + sql);
        }
        return new FixedShapeStatement(dsl, sql, types);
    }

    /** @return the number of rows changed */
    public int execute(Object... values) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = prepared(connection, values)) {
                return statement.executeUpdate();
            }
        });
    }

    public <T> List<T> fetch(RowReader<T> reader, Object... values) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = prepared(connection, values); ResultSet rows = statement.executeQuery()) {
                List<T> read = new ArrayList<>();
                while (rows.next()) {
                    read.add(reader.read(rows));
                }
                return read;
            }
        });
    }

    String sql() {
        return sql;
    }

    private PreparedStatement prepared(Connection connection, Object[] values) throws SQLException {
        if (values.length != types.size()) {
            throw new IllegalArgumentException("expected " + types.size() + " values, got " + values.length);
        }
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < values.length; i++) {
                bind(connection, statement, i + 1, types.get(i), values[i]);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, int index, DataType<?> type, Object value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, type.getSQLType());
        } else if (value instanceof JSONB json) {
            statement.setString(index, json.data());
        } else if (value instanceof Collection<?> values) {
            Array array = connection.createArrayOf(type.getArrayComponentDataType().getTypeName(), values.toArray());
            statement.setArray(index, array);
        } else {
            statement.setObject(index, value);
        }
    }
}
