package com.market25.ordering;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A staff note on an order (상담 메모): what, who, when. Never edited afterwards. */
public record OrderNote(long id, String body, String writtenBy, LocalDateTime writtenAt) implements Serializable {
}
