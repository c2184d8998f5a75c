package org.incidentatlas.index;

/**
 * How a date window selects incidents: moving shows the window's days only, cumulative everything up to the window's
 * end. One type for the timeline, playbacks and view files (whose JSON spells the constant names).
 */
public enum WindowMode { MOVING, CUMULATIVE }
