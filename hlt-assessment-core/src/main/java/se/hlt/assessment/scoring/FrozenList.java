package se.hlt.assessment.scoring;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list over an array that nothing else holds: how the engine hands a result its lists without copying
 * each array once more into one of the JDK's ({@code List.of(array)} copies it), which was a third of what scoring
 * a form allocated. The records that keep lists take such a list as it is ({@link #copyOf}) and copy any other.
 * Equal to, and hashed as, any list of the same elements ({@link AbstractList}); it refuses every change.
 *
 * @param <E> the elements
 */
final class FrozenList<E> extends AbstractList<E> implements RandomAccess {

    private final E[] elements;

    private FrozenList(E[] elements) {
        this.elements = elements;
    }

    /** A list over {@code elements}, none of them null, which the caller gives up: nothing writes to it after. */
    static <E> List<E> over(E[] elements) {
        for (E element : elements) {
            Objects.requireNonNull(element, "element");
        }
        return elements.length == 0 ? List.of() : new FrozenList<>(elements);
    }

    /** {@code list} itself when it is one of these, else an immutable copy ({@link List#copyOf}). */
    static <E> List<E> copyOf(List<E> list) {
        return list instanceof FrozenList ? list : List.copyOf(list);
    }

    @Override
    public E get(int index) {
        return elements[Objects.checkIndex(index, elements.length)];
    }

    @Override
    public int size() {
        return elements.length;
    }
}
