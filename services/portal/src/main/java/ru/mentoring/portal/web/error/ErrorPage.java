package ru.mentoring.portal.web.error;

import ru.mentoring.portal.web.PageModel;

/** The one error page: a Russian heading and what the user can do about it, never an exception's text. */
public record ErrorPage(String heading, String message) implements PageModel {

    @Override
    public String view() {
        return "error";
    }

    @Override
    public String title() {
        return heading;
    }

    public static ErrorPage notFound() {
        return new ErrorPage("Страница не найдена",
                "Такой страницы нет: возможно, адрес набран с ошибкой или запись уже удалена. "
                        + "Вернитесь на главную и найдите нужный раздел в меню.");
    }

    public static ErrorPage forbidden() {
        return new ErrorPage("Недостаточно прав", "У вашей учётной записи нет доступа к этой странице. "
                + "Если доступ нужен для работы, обратитесь к методисту ИМЦ или администратору.");
    }

    public static ErrorPage badRequest() {
        return new ErrorPage("Некорректный запрос", "Портал не смог прочитать этот запрос. "
                + "Вернитесь на предыдущую страницу и попробуйте ещё раз.");
    }

    public static ErrorPage serverError() {
        return new ErrorPage("Что-то пошло не так", "Портал не смог выполнить действие из-за внутренней ошибки. "
                + "Повторите попытку через несколько минут; если ошибка повторится, сообщите администратору.");
    }

    public static ErrorPage unavailable(String service) {
        return new ErrorPage("Сервис временно недоступен", "Сервис временно недоступен: «" + service
                + "» сейчас не отвечает. Повторите попытку через несколько минут.");
    }

    /** The page for a status without a more specific cause: what a user needs to know, in Russian. */
    public static ErrorPage forStatus(int status) {
        return switch (status) {
            case 403 -> forbidden();
            case 404 -> notFound();
            case 413 -> new ErrorPage("Слишком большой файл", "Файл или данные формы больше, чем портал "
                    + "принимает. Уменьшите файл или разделите список на части и загрузите их по очереди.");
            case 503 -> unavailable("Портал");
            default -> status >= 500 ? serverError() : badRequest();
        };
    }

}
