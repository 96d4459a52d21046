package org.fuliankg.domain;

/** A named person with no office (beneficiary, entrepreneur, artisan …): never an official. */
public record Person(String name, String description, Span span) {}
