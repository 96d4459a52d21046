package org.fuliankg.domain;

/** One place where an organisation is named (全称, 简称 or abbreviation such as 市妇联). */
public record OrganisationMention(Organisation organisation, Span span) {}
