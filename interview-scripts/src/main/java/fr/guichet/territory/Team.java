package fr.guichet.territory;

/** A team of social workers (or agents) inside a service, as people are told whom to see. */
public record Team(String id, String name, String serviceId) {}
