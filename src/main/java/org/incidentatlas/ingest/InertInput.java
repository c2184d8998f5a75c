package org.incidentatlas.ingest;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.ControlCharacters;

/**
 * Applies {@link ControlCharacters}' rule to a record read by any importer: every text in it, at any depth (place
 * names, actors, each report's title, dataset attributes, notes), is searched for a control character it may not hold.
 * One check for every format, after a reader has made its record, so no reader can forget it.
 */
final class InertInput {
    /** The accessor handles' one type, so that each is called exactly, without adapting its result per call. */
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    /**
     * Each record type's accessors of the components that may hold text, looked up once (an import checks a million
     * records of one type). A component whose declared type cannot hold text at any depth (a primitive, a number, an
     * enum, a final class such as {@code LocalDate} that is neither text, a record, a list nor a map) is left out: the
     * quick pass would find nothing in it, and reading it would only box a number.
     */
    private static final ClassValue<MethodHandle[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            List<MethodHandle> handles = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                if (!mayHoldText(component.getType())) {
                    continue;
                }
                try {
                    handles.add(MethodHandles.lookup().unreflect(component.getAccessor()).asType(GETTER));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + component.getName() + " of " + type, e);
                }
            }
            return handles.toArray(new MethodHandle[0]);
        }
    };

    private InertInput() {
    }

    /** The refusal for the first forbidden control character in {@code record}, or null when there is none. */
    static Rejection check(Object record, String location) {
        // A quick pass that builds no field paths; only a record that holds a forbidden character is walked again
        // to name the field.
        return clean(record) ? null : walk(record, "", location);
    }

    /** Whether no text in {@code value}, at any depth, holds a forbidden control character. */
    private static boolean clean(Object value) {
        if (value == null || value instanceof Number || value instanceof Enum<?> || value instanceof Boolean) {
            return true;
        }
        if (value instanceof String s) {
            return ControlCharacters.first(s) < 0;
        }
        if (value instanceof List<?> list) {
            for (Object o : list) {
                if (!clean(o)) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!clean(String.valueOf(e.getKey())) || !clean(e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (!value.getClass().isRecord()) {
            return true;
        }
        for (MethodHandle accessor : ACCESSORS.get(value.getClass())) {
            if (!clean(invoke(accessor, value))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a value declared as {@code type} may hold text that {@link #clean} looks at: anything but primitives,
     * numbers, enums, booleans and final classes that are not text, records, lists or maps (whose values are always
     * exactly of that class, which {@link #clean} passes whole).
     */
    static boolean mayHoldText(Class<?> type) {
        if (type.isPrimitive() || Number.class.isAssignableFrom(type) || type.isEnum() || type == Boolean.class) {
            return false;
        }
        boolean container = type == String.class || type.isRecord() || List.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type);
        return container || !Modifier.isFinal(type.getModifiers());
    }

    private static Object invoke(MethodHandle accessor, Object record) {
        try {
            return (Object) accessor.invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read a component of " + record.getClass(), e);
        }
    }

    private static Rejection walk(Object value, String path, String location) {
        if (value instanceof String s) {
            int at = ControlCharacters.first(s);
            return at < 0 ? null : new Rejection(location, path.isEmpty() ? null : path, "holds the control "
                    + "character " + ControlCharacters.name(s.charAt(at)) + " at character " + (at + 1)
                    + "; text may hold tabs and line breaks but no other control characters");
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Rejection r = walk(list.get(i), path + "[" + i + "]", location);
                if (r != null) {
                    return r;
                }
            }
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                Rejection r = walk(key, path + " (a name)", location);
                if (r == null) {
                    r = walk(e.getValue(), path + "." + ControlCharacters.visible(key), location);
                }
                if (r != null) {
                    return r;
                }
            }
            return null;
        }
        if (value != null && value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                Rejection r = walk(component(value, c), path.isEmpty() ? c.getName() : path + "." + c.getName(),
                        location);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private static Object component(Object record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass(), e);
        }
    }
}
