package org.incidentatlas.render;

import java.util.Locale;
import java.util.function.Function;

/** Looks up a choice by the word a command line, a view file or the preferences use for it. */
final class Words {
    private Words() {
    }

    /**
     * The constant of {@code values} whose word is {@code text}, ignoring surrounding blanks and case.
     *
     * @throws IllegalArgumentException with {@code refusal} when none is
     */
    static <E> E choice(E[] values, Function<E, String> word, String text, String refusal) {
        String w = text.strip().toLowerCase(Locale.ROOT);
        for (E e : values) {
            if (word.apply(e).equals(w)) {
                return e;
            }
        }
        throw new IllegalArgumentException(refusal);
    }
}
