package com.market25.campaign;

import java.io.Serializable;

/** A member who may be sent e-mail because they consented to it. */
public record AudienceMember(long id, String memberNo, String name, String email) implements Serializable {
}
