package fr.guichet.print;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where to go and whom to see: a service (CCAS, CAF, France Services...), the person or
 * role to ask for, its address, phone and opening hours, as printed lines.
 */
public record ServiceContact(
        String name,
        Optional<String> whomToSee,
        List<String> addressLines,
        Optional<String> phone,
        List<String> openingHours) {

    public ServiceContact {
        name = Texts.required(name, "service name");
        Objects.requireNonNull(whomToSee, "whomToSee (use Optional.empty())");
        whomToSee = whomToSee.map(who -> Texts.required(who, "whom to see"));
        addressLines = Texts.lines(addressLines, "address lines");
        Objects.requireNonNull(phone, "phone (use Optional.empty())");
        phone = phone.map(number -> Texts.required(number, "phone"));
        openingHours = Texts.lines(openingHours, "opening hours");
    }
}
