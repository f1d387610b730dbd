package ru.mentoring.school.matching.engine;

import java.util.Arrays;

/** A binary max-heap of long keys with an int payload each; no boxing, cleared and reused. */
final class LongHeap {

    private long[] keys = new long[256];
    private int[] values = new int[256];
    private int size;

    void clear() {
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    long topKey() {
        return keys[0];
    }

    int topValue() {
        return values[0];
    }

    void push(long key, int value) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (keys[parent] >= key) {
                break;
            }
            keys[i] = keys[parent];
            values[i] = values[parent];
            i = parent;
        }
        keys[i] = key;
        values[i] = value;
    }

    void pop() {
        long key = keys[--size];
        int value = values[size];
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && keys[right] > keys[child]) {
                child = right;
            }
            if (key >= keys[child]) {
                break;
            }
            keys[i] = keys[child];
            values[i] = values[child];
            i = child;
        }
        keys[i] = key;
        values[i] = value;
    }
}
