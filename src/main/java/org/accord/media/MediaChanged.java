package org.accord.media;

/** An owner changed an image, its tags or their media settings (caches of viewer pages go). */
public record MediaChanged(long ownerId) {}
