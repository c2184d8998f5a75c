package org.incidentatlas.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.domain.IncidentId;

/**
 * Incident ids without an object per incident: a dataset code (one byte) and, for the usual numeric original ids
 * (UCDP's), the number itself; the rare non-numeric ids are kept as strings on the side. An {@link IncidentId} is
 * built only when asked for.
 */
final class IdTable {
    private static final long TEXT = Long.MIN_VALUE;

    private final List<String> datasets = new ArrayList<>();
    private byte[] dataset;
    private long[] number;
    private final Map<Integer, String> text = new HashMap<>();
    private int size;

    IdTable(int capacity) {
        dataset = new byte[capacity];
        number = new long[capacity];
    }

    /** An id table read back from a snapshot. */
    IdTable(List<String> datasetKeys, byte[] dataset, long[] number, Map<Integer, String> text) {
        this.datasets.addAll(datasetKeys);
        this.dataset = dataset;
        this.number = number;
        this.text.putAll(text);
        this.size = dataset.length;
    }

    List<String> datasetKeys() {
        return List.copyOf(datasets);
    }

    int datasetCode(int i) {
        return dataset[i];
    }

    byte[] datasetCodes() {
        return Arrays.copyOf(dataset, size);
    }

    long[] numbers() {
        return Arrays.copyOf(number, size);
    }

    /** The ids that are not numbers, by position. */
    Map<Integer, String> texts() {
        return Map.copyOf(text);
    }

    void add(String datasetKey, String originalId) {
        if (size == dataset.length) {
            int grown = Math.max(16, size * 2);
            dataset = Arrays.copyOf(dataset, grown);
            number = Arrays.copyOf(number, grown);
        }
        int code = datasets.indexOf(datasetKey);
        if (code < 0) {
            if (datasets.size() == 255) {
                throw new IllegalStateException("more than 255 datasets in one index");
            }
            datasets.add(datasetKey);
            code = datasets.size() - 1;
        }
        dataset[size] = (byte) code;
        long n = numeric(originalId);
        number[size] = n;
        if (n == TEXT) {
            text.put(size, originalId);
        }
        size++;
    }

    /** Reorders to {@code order} (new position i holds old position order[i]) and trims to size. */
    void permute(int[] order) {
        byte[] d = new byte[size];
        long[] num = new long[size];
        Map<Integer, String> t = new HashMap<>();
        for (int i = 0; i < size; i++) {
            d[i] = dataset[order[i]];
            num[i] = number[order[i]];
            if (num[i] == TEXT) {
                t.put(i, text.get(order[i]));
            }
        }
        dataset = d;
        number = num;
        text.clear();
        text.putAll(t);
    }

    /** The dataset key of incident i. */
    String dataset(int i) {
        return datasets.get(dataset[i] & 0xFF);
    }

    IncidentId id(int i) {
        String key = datasets.get(dataset[i] & 0xFF);
        return new IncidentId(key, number[i] == TEXT ? text.get(i) : Long.toString(number[i]));
    }

    /** Position of the incident with this id, or -1. A scan of primitive arrays: for selection, not per frame. */
    int indexOf(IncidentId id) {
        int code = datasets.indexOf(id.dataset());
        if (code < 0) {
            return -1;
        }
        long n = numeric(id.originalId());
        for (int i = 0; i < size; i++) {
            if (dataset[i] == (byte) code && number[i] == n && (n != TEXT || id.originalId().equals(text.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    long bytes() {
        return (long) dataset.length + 8L * number.length + text.size() * 64L;
    }

    /** The id as a number when it is written exactly as Long.toString writes it, otherwise {@link #TEXT}. */
    private static long numeric(String s) {
        int len = s.length();
        if (len == 0 || len > 18 || (s.charAt(0) == '0' && len > 1)) {
            return TEXT;
        }
        long v = 0;
        for (int k = 0; k < len; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return TEXT;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
