from django.shortcuts import redirect


def return_to(request):
    destination = request.POST["return_to"]
    return redirect(destination)
