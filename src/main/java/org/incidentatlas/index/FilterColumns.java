package org.incidentatlas.index;

/** The arrays of a {@link FilterCodes}, gathered while it is built or read back from a snapshot. */
final class FilterColumns {
    long[] rowId;
    int[] startDay;
    int[] endDay;
    byte[] type;
    int[] sideA;
    int[] sideB;
    short[] governorate;
    short[] district;
    short[] subdistrict;
    byte[] locationPrecision;
    byte[] datePrecision;
    byte[] dataset;
    byte[] category;
    int[] eventType;
    int[] method;
    String[] eventTypeNames;
    int[] deathsLow;
    int[] deathsBest;
    int[] deathsHigh;
    int[] sources;
    double[] latitude;
    double[] longitude;
    int[] place;
    int[] adm1;
    int[] adm2;
    String[] names;
    TextColumn text;
    String[] actorNames;
    String[] datasetNames;
    IdTable ids;
}
