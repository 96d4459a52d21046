package org.fuliankg.domain.people;

import org.fuliankg.domain.text.Span;

/** A named person with no office (beneficiary, entrepreneur, artisan …): never an official. */
public record Person(String name, String description, Span span) {}
