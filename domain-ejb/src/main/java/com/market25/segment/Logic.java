package com.market25.segment;

/** How a group combines its parts. An empty AND group is everyone, an empty OR group no one. */
public enum Logic {
    AND, OR
}
