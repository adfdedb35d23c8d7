package org.skillgap.ui;

import java.util.function.Function;

import javafx.util.StringConverter;

/** How a choice box shows its values: by name, one way, since the person picks and never types one. */
public final class ShownAs {

    private ShownAs() {
    }

    /** Shows each value as {@code name} gives it, and no value as {@code none}. */
    public static <T> StringConverter<T> names(Function<T, String> name, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
