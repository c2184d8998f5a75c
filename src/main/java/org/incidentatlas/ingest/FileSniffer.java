package org.incidentatlas.ingest;

/** Recognises, from a file's first bytes, files that are not text at all, to say what they are instead. */
final class FileSniffer {
    private FileSniffer() {
    }

    /** What the file is when it is not UTF-8 text (an archive, UTF-16 or -32 text, binary data), or null. */
    static String notText(byte[] head) {
        if (starts(head, 'P', 'K', 3, 4) || starts(head, 'P', 'K', 5, 6)) {
            return "this is a zip archive, not a CSV or JSON file; unpack it first";
        }
        if (starts(head, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
            return "this is an old Excel workbook (.xls) or another old Office file; save it as .xlsx or CSV";
        }
        if (starts(head, 0x1f, 0x8b)) {
            return "this is a gzip-compressed file; unpack it first";
        }
        if (starts(head, 0xff, 0xfe, 0, 0) || starts(head, 0, 0, 0xfe, 0xff)) {
            return "this is UTF-32 text; save it as UTF-8";
        }
        if (starts(head, 0xff, 0xfe) || starts(head, 0xfe, 0xff)) {
            return "this is UTF-16 text; save it as UTF-8";
        }
        if (starts(head, '%', 'P', 'D', 'F')) {
            return "this is a PDF document, not a CSV or JSON file";
        }
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                return "byte " + (i + 1) + " is a NUL byte: this is binary data (or UTF-16 text), not a CSV or "
                        + "JSON file";
            }
        }
        return null;
    }

    /** The first byte that is not a blank or part of a UTF-8 byte order mark, or -1. */
    static int firstNonBlank(byte[] head) {
        int i = starts(head, 0xef, 0xbb, 0xbf) ? 3 : 0;
        for (; i < head.length; i++) {
            int b = head[i] & 0xff;
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b;
            }
        }
        return -1;
    }

    private static boolean starts(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
