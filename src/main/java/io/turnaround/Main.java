package io.turnaround;
public final class Main { public static void main(String[] a) {} }
